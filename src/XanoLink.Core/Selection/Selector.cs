using XanoLink.Diagnostics;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Validation;

namespace XanoLink.Selection;

/// <summary>Computes the manifest's selection: include rules, closure over the dependency graph, records.</summary>
public static class Selector
{
    private const int MaxHints = 50;

    public static (Selection Selection, IReadOnlyList<Diagnostic> Diagnostics) Select(Workspace workspace, LinkManifest manifest, DependencyGraph? graph = null)
    {
        graph ??= DependencyGraph.Build(workspace);
        var diagnostics = new List<Diagnostic>();

        // Where each explicit item was chosen (its first matching entry), so XL2007 points at it.
        var chosenAt = new Dictionary<ItemKey, SourcePosition>();
        var hinted = 0;
        foreach (var rule in manifest.Include)
        {
            var names = workspace.OfKind(rule.Kind).Select(o => o.Name).ToArray();
            Array.Sort(names, StringComparer.Ordinal);
            if (rule.All)
            {
                foreach (var name in names)
                {
                    chosenAt.TryAdd(new ItemKey(rule.Kind, name), rule.Position);
                }

                continue;
            }

            foreach (var pattern in rule.Patterns)
            {
                var glob = Glob.Parse(pattern.Pattern);
                var matched = glob.MatchesIn(names);
                if (matched.Count == 0)
                {
                    // Hints for the first misses only: each costs up to Suggestions.MaxCells, and a manifest may list thousands.
                    var hint = glob.IsLiteral && hinted++ < MaxHints ? Suggestions.DidYouMean(pattern.Pattern, names) : "";
                    diagnostics.Add(DiagnosticCatalog.PatternMatchesNothing.At(pattern.Position, $"include.{rule.Kind.IncludeKey()} entry '{pattern.Pattern}' matches no {rule.Kind.DisplayName()}{hint}; fix it or remove it"));
                }

                foreach (var name in matched)
                {
                    chosenAt.TryAdd(new ItemKey(rule.Kind, name), pattern.Position);
                }
            }
        }

        var explicitKeys = chosenAt.Keys.Order().ToArray();
        IReadOnlySet<ItemKey> closed;
        if (manifest.AutoIncludeDependencies)
        {
            closed = graph.Closure(explicitKeys);
        }
        else
        {
            // API groups cannot be named in include: they always travel with their endpoints.
            var withGroups = explicitKeys.ToHashSet();
            withGroups.UnionWith(explicitKeys.SelectMany(k => graph.DependenciesOf(k)).Where(e => e.To.Kind == ItemKind.ApiGroup).Select(e => e.To));
            closed = withGroups;
            diagnostics.AddRange(MissingDependencies.Report(graph, explicitKeys, closed, chosenAt));
        }

        var selection = Build(graph, closed, explicitKeys, SelectionRecords.For(workspace, manifest, closed, diagnostics));
        return (selection, diagnostics);
    }

    /// <summary>The closure of <paramref name="items"/> (what <c>xanolink deps ITEM...</c> shows): no records, no manifest.</summary>
    public static Selection Closure(DependencyGraph graph, IEnumerable<ItemKey> items)
    {
        var roots = items.Distinct().Order().ToArray();
        return Build(graph, graph.Closure(roots), roots, new Dictionary<string, RecordChoice>(StringComparer.Ordinal));
    }

    private static Selection Build(DependencyGraph graph, IReadOnlySet<ItemKey> closed, IReadOnlyList<ItemKey> explicitKeys, IReadOnlyDictionary<string, RecordChoice> records)
    {
        var chosen = explicitKeys.ToHashSet();
        var selected = closed.Order().ToArray();
        var auto = selected
            .Where(k => !chosen.Contains(k))
            .Select(k =>
            {
                var reasons = graph.DependentsOf(k).Where(r => closed.Contains(r.From)).ToArray();
                return new AutoIncluded(k, reasons.Select(r => r.From).ToArray()) { Reasons = reasons };
            })
            .ToArray();
        return new Selection(selected, explicitKeys, auto, records);
    }
}
