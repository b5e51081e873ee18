package org.corroborate.store;

/**
 * The child process of {@link SqliteCrashIT}: opens the store at {@code args[0]}, saves sample articles
 * {@code 0, 1, 2, …} up to {@code args[1]} one by one, and prints each article's index and id on its own
 * line once {@code save} has returned, that is, after its transaction committed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        try (AnalysisStore store = AnalysisStore.open(args[0])) {
            for (int n = 0; n < count; n++) {
                String id = Samples.article(n).article().id();
                store.save(Samples.article(n));
                System.out.println(n + " " + id);
                System.out.flush();
            }
        }
    }
}
