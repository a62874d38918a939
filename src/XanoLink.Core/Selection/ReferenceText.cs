using XanoLink.Model;

namespace XanoLink.Selection;

/// <summary>How messages and reports say why one item needs another: "step 2 Custom Function, functions/billing/calc_total.json:12".</summary>
public static class ReferenceText
{
    /// <summary>The reason an edge exists, with where it is written.</summary>
    public static string Reason(Reference edge) => $"{edge.Via}, {Where(edge)}";

    /// <summary>"file:line" of an edge.</summary>
    public static string Where(Reference edge) => $"{edge.Position.File}:{edge.Position.Line}";

    /// <summary>"a -> b (why, where) -> c (why, where)" for a chain of edges.</summary>
    public static string Chain(IReadOnlyList<Reference> chain) =>
        chain.Count == 0 ? "" : chain[0].From + string.Concat(chain.Select(e => $" -> {e.To} ({Reason(e)})"));
}
