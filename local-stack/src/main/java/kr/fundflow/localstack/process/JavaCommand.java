package kr.fundflow.localstack.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code java} command lines for child JVMs, with the same Java that runs the
 * supervisor.
 */
public final class JavaCommand {

	/** The launcher of a Boot fat jar that honours {@code -Dloader.main}. */
	static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private JavaCommand() {
	}

	public static String javaExecutable() {
		boolean windows = System.getProperty("os.name").startsWith("Windows");
		return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
	}

	/** {@code java <jvmOptions> -jar <jar> <args>}. */
	public static List<String> jar(List<String> jvmOptions, Path jar, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(args);
		return command;
	}

	/**
	 * Runs another main class of this application in a new JVM. From the fat jar that is
	 * {@code java -Dloader.main=<main> -cp local-stack.jar PropertiesLauncher}, which
	 * gives the child the jar's nested libraries; from an IDE or a test, the plain class
	 * path.
	 */
	public static List<String> mainClass(List<String> jvmOptions, Class<?> mainClass, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(jvmOptions);
		if (runningFromFatJar()) {
			command.add("-Dloader.main=" + mainClass.getName());
			command.add("-cp");
			command.add(Path.of(System.getProperty("java.class.path")).toAbsolutePath().toString());
			command.add(PROPERTIES_LAUNCHER);
		}
		else {
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add(mainClass.getName());
		}
		command.addAll(args);
		return command;
	}

	/** Classes of a Boot fat jar are loaded by the Boot loader's class loader. */
	static boolean runningFromFatJar() {
		ClassLoader loader = JavaCommand.class.getClassLoader();
		return loader != null && loader.getClass().getName().startsWith("org.springframework.boot.loader.");
	}

}
