package org.crosscheck.bench.metric;

/**
 * Connected components of items 0..n-1 under links added one at a time (union-find with path
 * halving); an item's label is the smallest index in its component. The single-link baselines
 * cluster with it.
 */
public final class LinkedComponents {

    private final int[] parent;

    public LinkedComponents(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    public void link(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The smallest index of the item's component, as text. */
    public String label(int i) {
        return Integer.toString(root(i));
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
