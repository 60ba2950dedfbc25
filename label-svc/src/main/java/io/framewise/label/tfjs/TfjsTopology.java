package io.framewise.label.tfjs;

import io.framewise.label.tfjs.TfjsGraph.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks a TF.js graph: input-reference naming and the topological order of the nodes an output needs. */
final class TfjsTopology {

    private TfjsTopology() {
    }

    /** Node name of a TF input reference ("^x", "x:1" -> "x"). */
    static String base(String ref) {
        String r = ref.startsWith("^") ? ref.substring(1) : ref;
        int colon = r.lastIndexOf(':');
        return colon > 0 ? r.substring(0, colon) : r;
    }

    /** ONNX value name for a TF input reference ("x" / "x:0" -> "x", "x:1" -> "x:1"). */
    static String valueName(String ref) {
        return ref.endsWith(":0") ? ref.substring(0, ref.length() - 2) : ref;
    }

    /** A node's inputs without its control dependencies ("^x"). */
    static List<String> dataInputs(Node n) {
        return n.inputs().stream().filter(s -> !s.startsWith("^")).toList();
    }

    /** The nodes the outputs depend on, every node after its inputs (iterative DFS, fails on cycles). */
    static List<Node> topoOrder(TfjsGraph g, List<String> outputs) {
        List<Node> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> onStack = new HashSet<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        for (String o : outputs) {
            stack.push(new Object[]{base(o), 0});
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                String name = (String) top[0];
                Node n = g.nodes.get(name);
                if (n == null) throw new IllegalArgumentException("no node " + name);
                if (done.contains(name)) { stack.pop(); continue; }
                onStack.add(name);
                int idx = (int) top[1];
                if (idx < n.inputs().size()) {
                    top[1] = idx + 1;
                    String in = n.inputs().get(idx);
                    if (in.startsWith("^")) continue;
                    String b = base(in);
                    if (!done.contains(b)) {
                        if (onStack.contains(b)) throw new IllegalStateException("cycle at " + b);
                        stack.push(new Object[]{b, 0});
                    }
                } else {
                    stack.pop();
                    onStack.remove(name);
                    done.add(name);
                    order.add(n);
                }
            }
        }
        return order;
    }
}
