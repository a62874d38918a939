using XanoLink.Diagnostics;
using XanoLink.Model;

namespace XanoLink.Selection;

/// <summary>
/// XL2007 when auto-include is off. For each chosen item, every unselected item it reaches is reported
/// once, with the shortest chain to it: a direct dependency is a one-step chain; an item reached only
/// through other unselected items names them (each of those is reported too). Selected items stop the
/// walk, since what they need is reported on their own account.
/// </summary>
internal static class MissingDependencies
{
    public static IEnumerable<Diagnostic> Report(DependencyGraph graph, IReadOnlyList<ItemKey> explicitKeys, IReadOnlySet<ItemKey> selected, IReadOnlyDictionary<ItemKey, SourcePosition> chosenAt)
    {
        foreach (var key in explicitKeys)
        {
            var chains = graph.ShortestChains(key, k => !selected.Contains(k));
            foreach (var (missing, chain) in chains)
            {
                if (selected.Contains(missing))
                {
                    continue;
                }

                yield return DiagnosticCatalog.MissingDependency.At(chosenAt[key], Message(key, missing, chain));
            }
        }
    }

    private static string Message(ItemKey key, ItemKey missing, IReadOnlyList<Reference> chain)
    {
        var add = $"add '{missing.Name}' to include.{missing.Kind.IncludeKey()} or set \"autoIncludeDependencies\": true";
        if (chain.Count == 1)
        {
            return $"{key} needs {missing} ({ReferenceText.Reason(chain[0])}), which is not selected; {add}";
        }

        var through = string.Join(", ", chain.Take(chain.Count - 1).Select(e => e.To.ToString()));
        return $"{key} needs {missing} through {through}, none of them selected: {ReferenceText.Chain(chain)}; {add}";
    }
}
