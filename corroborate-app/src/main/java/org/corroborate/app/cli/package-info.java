/**
 * The {@code corroborate} command line: one class per subcommand, each a picocli {@code Callable<Integer>}
 * with typed options. Exit codes mean something: {@value org.corroborate.app.cli.ExitCodes#OK} all went well,
 * {@value org.corroborate.app.cli.ExitCodes#PARTIAL} some inputs failed (each named on standard error),
 * {@value org.corroborate.app.cli.ExitCodes#USAGE} bad usage.
 */
package org.corroborate.app.cli;
