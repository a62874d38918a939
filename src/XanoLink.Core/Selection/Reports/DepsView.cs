using XanoLink.Model;

namespace XanoLink.Selection.Reports;

/// <summary>
/// What <c>xanolink deps</c> shows, for every output format: the roots (the chosen or given items), every
/// item shown (roots included, sorted) and the graph. Forward: the items are the roots' closure and edges
/// point at dependencies. Reverse: the items are what depends on the roots.
/// </summary>
public sealed class DepsView
{
    private readonly HashSet<ItemKey> items;
    private readonly HashSet<ItemKey> roots;

    private DepsView(bool reverse, IEnumerable<ItemKey> roots, IEnumerable<ItemKey> items, DependencyGraph graph, IReadOnlyDictionary<string, RecordChoice>? records)
    {
        Reverse = reverse;
        HasRecords = records is not null;
        this.roots = roots.ToHashSet();
        this.items = items.ToHashSet();
        this.items.UnionWith(this.roots);
        Roots = this.roots.Order().ToArray();
        Items = this.items.Order().ToArray();
        Graph = graph;
        Records = records ?? new Dictionary<string, RecordChoice>(StringComparer.Ordinal);
    }

    public bool Reverse { get; }

    public IReadOnlyList<ItemKey> Roots { get; }

    public IReadOnlyList<ItemKey> Items { get; }

    public DependencyGraph Graph { get; }

    /// <summary>Whether records apply: a manifest's selection, not the closure of given items.</summary>
    public bool HasRecords { get; }

    /// <summary>Records per table (a manifest's selection only; empty otherwise).</summary>
    public IReadOnlyDictionary<string, RecordChoice> Records { get; }

    /// <summary>The items that are not roots: auto-included (forward) or dependents (reverse).</summary>
    public IEnumerable<ItemKey> Others => Items.Where(k => !roots.Contains(k));

    /// <summary>A manifest's selection (with its records) or, when <paramref name="withRecords"/> is false, the closure of given items.</summary>
    public static DepsView Of(Selection selection, DependencyGraph graph, bool withRecords = true) =>
        new(reverse: false, selection.Explicit, selection.Selected, graph, withRecords ? selection.Records : null);

    public static DepsView Dependents(IEnumerable<ItemKey> roots, DependencyGraph graph)
    {
        var given = roots.ToArray();
        return new(reverse: true, given, graph.Closure(given, reversed: true), graph, records: null);
    }

    public bool IsRoot(ItemKey key) => roots.Contains(key);

    public bool Contains(ItemKey key) => items.Contains(key);

    /// <summary>Every edge between shown items, in dependency direction (user → used), sorted.</summary>
    public IEnumerable<Reference> Edges => Items.SelectMany(k => Graph.DependenciesOf(k)).Where(e => items.Contains(e.To));

    /// <summary>The next level of the tree below <paramref name="key"/>: its dependencies (forward) or its dependents (reverse).</summary>
    public IEnumerable<Reference> Children(ItemKey key) => Reverse
        ? Graph.DependentsOf(key).Where(e => items.Contains(e.From))
        : Graph.DependenciesOf(key).Where(e => items.Contains(e.To));

    /// <summary>The item an edge of <see cref="Children"/> leads to.</summary>
    public ItemKey Child(Reference edge) => Reverse ? edge.From : edge.To;
}
