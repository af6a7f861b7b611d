package kr.fundflow.drills.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the stack's services and PostgreSQL, so that a drill can take the
 * database away from the stack alone: {@link #cut()} resets every open connection and
 * refuses new ones (what the services see when the server stops), {@link #heal()} accepts
 * again. Other users of the same server are not touched.
 */
public final class PostgresProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	private volatile int port;

	public PostgresProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		listen(0);
	}

	/** The port the stack is told PostgreSQL is on. */
	public int port() {
		return this.port;
	}

	public synchronized boolean isCut() {
		return this.server == null;
	}

	/** Drops every connection (RST) and stops listening: connections are refused. */
	public synchronized void cut() {
		ServerSocket listening = this.server;
		this.server = null;
		closeQuietly(listening);
		for (Socket socket : this.open) {
			try {
				// linger 0: a reset, as when the server process is gone
				socket.setSoLinger(true, 0);
			}
			catch (IOException ex) {
				// closing anyway
			}
			closeQuietly(socket);
		}
		this.open.clear();
	}

	/** Accepts connections again, on the same port. */
	public synchronized void heal() throws IOException {
		if (this.server == null) {
			listen(this.port);
		}
	}

	private void listen(int onPort) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 200);
		this.server = socket;
		this.port = socket.getLocalPort();
		Thread acceptor = new Thread(() -> accept(socket), "pg-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream;
				try {
					upstream = new Socket(this.targetHost, this.targetPort);
				}
				catch (IOException ex) {
					closeQuietly(client);
					continue;
				}
				if (listening != this.server) {
					closeQuietly(client);
					closeQuietly(upstream);
					continue;
				}
				this.open.add(client);
				this.open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// closed by cut() or close()
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side went away: close both
			}
			finally {
				this.open.remove(from);
				this.open.remove(to);
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "pg-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// nothing to do
		}
	}

	@Override
	public synchronized void close() {
		cut();
	}

}
