using XanoLink.Diagnostics;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Validation;

namespace XanoLink.Selection;

/// <summary>Computes the manifest's selection: include rules, closure over the dependency graph, records.</summary>
public static class Selector
{
    public static (Selection Selection, IReadOnlyList<Diagnostic> Diagnostics) Select(Workspace workspace, LinkManifest manifest, DependencyGraph? graph = null)
    {
        graph ??= DependencyGraph.Build(workspace);
        var diagnostics = new List<Diagnostic>();
        var chosen = new HashSet<ItemKey>();
        foreach (var rule in manifest.Include)
        {
            var names = workspace.OfKind(rule.Kind).Select(o => o.Name).ToArray();
            Array.Sort(names, StringComparer.Ordinal);
            if (rule.All)
            {
                chosen.UnionWith(names.Select(n => new ItemKey(rule.Kind, n)));
                continue;
            }

            foreach (var pattern in rule.Patterns)
            {
                var glob = Glob.Parse(pattern.Pattern);
                var matched = glob.MatchesIn(names);
                if (matched.Count == 0)
                {
                    var hint = glob.IsLiteral ? Suggestions.DidYouMean(pattern.Pattern, names) : "";
                    diagnostics.Add(DiagnosticCatalog.PatternMatchesNothing.At(pattern.Position, $"include.{rule.Kind.IncludeKey()} entry '{pattern.Pattern}' matches no {rule.Kind.DisplayName()}{hint}; fix it or remove it"));
                }

                chosen.UnionWith(matched.Select(n => new ItemKey(rule.Kind, n)));
            }
        }

        var explicitKeys = chosen.Order().ToArray();
        var closed = manifest.AutoIncludeDependencies ? graph.Closure(explicitKeys) : chosen;
        if (!manifest.AutoIncludeDependencies)
        {
            ReportMissing(manifest, graph, explicitKeys, chosen, diagnostics);
        }

        var selected = closed.Order().ToArray();
        var auto = selected
            .Where(k => !chosen.Contains(k))
            .Select(k => new AutoIncluded(k, graph.DependentsOf(k).Select(r => r.From).Where(closed.Contains).Distinct().Order().ToArray()))
            .ToArray();
        var records = RecordsFor(workspace, manifest, closed, diagnostics);
        return (new Selection(selected, explicitKeys, auto, records), diagnostics);
    }

    private static void ReportMissing(LinkManifest manifest, DependencyGraph graph, IReadOnlyList<ItemKey> explicitKeys, HashSet<ItemKey> chosen, List<Diagnostic> diagnostics)
    {
        var position = new SourcePosition(manifest.Path, 1, 1);
        foreach (var key in explicitKeys)
        {
            foreach (var edge in graph.DependenciesOf(key))
            {
                if (chosen.Contains(edge.To))
                {
                    continue;
                }

                var rule = manifest.Include.FirstOrDefault(r => r.Kind == key.Kind);
                diagnostics.Add(DiagnosticCatalog.MissingDependency.At(rule?.Position ?? position, $"{key} needs {edge.To} ({edge.Via}, {edge.Position.File} line {edge.Position.Line}), which is not selected; add '{edge.To.Name}' to include.{edge.To.Kind.IncludeKey()} or set \"autoIncludeDependencies\": true"));
            }
        }
    }

    private static Dictionary<string, RecordChoice> RecordsFor(Workspace workspace, LinkManifest manifest, IReadOnlySet<ItemKey> closed, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<string, RecordChoice>(StringComparer.Ordinal);
        foreach (var rule in manifest.Records)
        {
            var key = new ItemKey(ItemKind.Table, rule.Table);
            if (!workspace.Contains(key))
            {
                var names = workspace.OfKind(ItemKind.Table).Select(o => o.Name);
                diagnostics.Add(DiagnosticCatalog.RecordsTableUnknown.At(rule.Position, $"records names table '{rule.Table}', which does not exist{Suggestions.DidYouMean(rule.Table, names)}"));
                continue;
            }

            if (!closed.Contains(key))
            {
                diagnostics.Add(DiagnosticCatalog.RecordsTableNotSelected.At(rule.Position, $"records of table '{rule.Table}' are chosen but the table is not in the selection; add \"{rule.Table}\" to include.tables"));
                continue;
            }

            if (!rule.All)
            {
                var existing = workspace.Records.TryGetValue(rule.Table, out var records)
                    ? records.Records.Where(r => r.Id is not null).Select(r => Json.RecordIdComparer.KeyOf(r.Id)).ToHashSet(StringComparer.Ordinal)
                    : [];
                foreach (var id in rule.Ids.Where(id => !existing.Contains(id.Id)))
                {
                    diagnostics.Add(DiagnosticCatalog.RecordIdNotFound.At(id.Position, $"table '{rule.Table}' has no record with id {id.Id} (tables/{rule.Table}.records.jsonl); remove it or add the record"));
                }
            }

            result[rule.Table] = new RecordChoice(rule.Table, rule.All, rule.Ids.Select(i => i.Id).Distinct().ToArray());
        }

        return result;
    }
}
