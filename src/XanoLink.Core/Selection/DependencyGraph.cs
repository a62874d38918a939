using XanoLink.Model;

namespace XanoLink.Selection;

/// <summary>
/// Who needs whom in a workspace: an edge per resolved reference (the first place it is written is
/// kept, so messages can say why). Cycles are allowed. References that do not resolve are left out
/// (validation reports them).
/// </summary>
public sealed class DependencyGraph
{
    private static readonly IReadOnlyList<Reference> None = [];

    private readonly Dictionary<ItemKey, List<Reference>> forward = [];
    private readonly Dictionary<ItemKey, List<Reference>> reverse = [];

    private DependencyGraph(IEnumerable<ItemKey> nodes)
    {
        Nodes = nodes.Order().ToArray();
    }

    public IReadOnlyList<ItemKey> Nodes { get; }

    public static DependencyGraph Build(Workspace workspace)
    {
        var graph = new DependencyGraph(workspace.Objects.Select(o => o.Key));
        foreach (var obj in workspace.Objects)
        {
            var seen = new HashSet<ItemKey>();
            foreach (var reference in References.Of(obj))
            {
                if (reference.To == obj.Key || !workspace.Contains(reference.To) || !seen.Add(reference.To))
                {
                    continue;
                }

                Add(graph.forward, reference.From, reference);
                Add(graph.reverse, reference.To, reference);
            }
        }

        graph.Sort();
        return graph;
    }

    /// <summary>What <paramref name="key"/> references directly, one edge per target, sorted.</summary>
    public IReadOnlyList<Reference> DependenciesOf(ItemKey key) => forward.GetValueOrDefault(key) ?? None;

    /// <summary>What references <paramref name="key"/> directly, one edge per source, sorted.</summary>
    public IReadOnlyList<Reference> DependentsOf(ItemKey key) => reverse.GetValueOrDefault(key) ?? None;

    /// <summary>Everything reachable from <paramref name="roots"/> (roots included), following dependencies or, when <paramref name="reversed"/>, dependents.</summary>
    public IReadOnlySet<ItemKey> Closure(IEnumerable<ItemKey> roots, bool reversed = false)
    {
        var result = new HashSet<ItemKey>();
        var queue = new Queue<ItemKey>();
        foreach (var root in roots)
        {
            if (result.Add(root))
            {
                queue.Enqueue(root);
            }
        }

        while (queue.Count > 0)
        {
            var key = queue.Dequeue();
            foreach (var edge in reversed ? DependentsOf(key) : DependenciesOf(key))
            {
                var next = reversed ? edge.From : edge.To;
                if (result.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return result;
    }

    /// <summary>The shortest chain of edges from <paramref name="from"/> to <paramref name="to"/>, or null.</summary>
    public IReadOnlyList<Reference>? Path(ItemKey from, ItemKey to)
    {
        var previous = new Dictionary<ItemKey, Reference>();
        var queue = new Queue<ItemKey>([from]);
        var seen = new HashSet<ItemKey> { from };
        while (queue.Count > 0)
        {
            var key = queue.Dequeue();
            if (key == to)
            {
                var chain = new List<Reference>();
                for (var at = to; at != from; at = previous[at].From)
                {
                    chain.Add(previous[at]);
                }

                chain.Reverse();
                return chain;
            }

            foreach (var edge in DependenciesOf(key))
            {
                if (seen.Add(edge.To))
                {
                    previous[edge.To] = edge;
                    queue.Enqueue(edge.To);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Shortest chains from <paramref name="from"/> to every item reachable through items that
    /// <paramref name="passThrough"/> accepts (the targets themselves need not pass), keyed by target.
    /// Breadth first over sorted edges, so each chain is the shortest and the same on every run.
    /// </summary>
    public IReadOnlyDictionary<ItemKey, IReadOnlyList<Reference>> ShortestChains(ItemKey from, Func<ItemKey, bool> passThrough)
    {
        var previous = new Dictionary<ItemKey, Reference>();
        var queue = new Queue<ItemKey>([from]);
        var seen = new HashSet<ItemKey> { from };
        while (queue.Count > 0)
        {
            var key = queue.Dequeue();
            foreach (var edge in DependenciesOf(key))
            {
                if (!seen.Add(edge.To))
                {
                    continue;
                }

                previous[edge.To] = edge;
                if (passThrough(edge.To))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        var result = new SortedDictionary<ItemKey, IReadOnlyList<Reference>>();
        foreach (var target in previous.Keys)
        {
            var chain = new List<Reference>();
            for (var at = target; at != from; at = previous[at].From)
            {
                chain.Add(previous[at]);
            }

            chain.Reverse();
            result[target] = chain;
        }

        return result;
    }

    private static void Add(Dictionary<ItemKey, List<Reference>> map, ItemKey key, Reference reference)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(reference);
    }

    // Sorted by the other end, so every walk is deterministic whatever the file order.
    private void Sort()
    {
        foreach (var list in forward.Values)
        {
            list.Sort((a, b) => a.To.CompareTo(b.To));
        }

        foreach (var list in reverse.Values)
        {
            list.Sort((a, b) => a.From.CompareTo(b.From));
        }
    }
}
