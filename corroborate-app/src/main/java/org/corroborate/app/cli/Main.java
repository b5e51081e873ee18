package org.corroborate.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code corroborate}: the top command, which only dispatches to its subcommands. */
@Command(name = "corroborate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Reads many outlets' coverage of one story and tells who said what, which facts the sources agree on,",
            "which one states more precisely, which conflict, and how many independent sources stand behind each."},
        subcommands = {
            AnalyzeCommand.class,
            ExtractCommand.class,
            StoriesCommand.class,
            ShowCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing a command. Try: corroborate analyze FILE...   (or corroborate --help)");
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The command line with its output and error streams, for {@code main} and for tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, line, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                line.getErr().println("corroborate: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            throw e;
        });
        return cl;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/corroborate-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"corroborate " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
