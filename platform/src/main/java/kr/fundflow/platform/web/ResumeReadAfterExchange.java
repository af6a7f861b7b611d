package kr.fundflow.platform.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Asks the connection for its next request whenever an exchange has ended.
 * <p>
 * Reactor Netty 1.3.6 reads a keep-alive connection on demand. When a request arrives
 * before the previous answer is complete (a client that has read the whole body sends at
 * once), it is queued; if the queued request is then answered at once (a 401 or 429 the
 * gateway writes itself), draining the queue ends without asking for the next read, and
 * the connection's next request is never read (reactor/reactor-netty#4361, fixed in
 * 1.3.8, docs/adr/0005). The read asked for here comes after Reactor Netty's own handling
 * of the same moment; a read that was not needed only finds nothing yet.
 */
@ChannelHandler.Sharable
final class ResumeReadAfterExchange extends ChannelInboundHandlerAdapter {

	static final String NAME = "fundflow.resumeReadAfterExchange";

	/** Package-private in Reactor Netty: recognised by name (checked by a test). */
	static final String EXCHANGE_ENDED = "reactor.netty.http.server.HttpServerOperationsTerminatedEvent";

	private static final ResumeReadAfterExchange INSTANCE = new ResumeReadAfterExchange();

	private ResumeReadAfterExchange() {
	}

	/** Puts the handler right after Reactor Netty's HTTP/1.1 traffic handler. */
	static HttpServer install(HttpServer server) {
		return server.doOnChannelInit((observer, channel, remoteAddress) -> {
			ChannelPipeline pipeline = channel.pipeline();
			if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null && pipeline.get(NAME) == null) {
				pipeline.addAfter(NettyPipeline.HttpTrafficHandler, NAME, INSTANCE);
			}
		});
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
		if (event.getClass().getName().equals(EXCHANGE_ENDED)) {
			// queued after the drain Reactor Netty has just scheduled for this event
			ctx.executor().execute(() -> {
				if (ctx.channel().isActive()) {
					ctx.read();
				}
			});
		}
		super.userEventTriggered(ctx, event);
	}

}
