using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>The checks across files: identity, references, routes and records.</summary>
internal static class WorkspaceValidator
{
    public static IReadOnlyList<Diagnostic> Validate(Workspace workspace)
    {
        var diagnostics = new List<Diagnostic>();
        CheckIdentity(workspace, diagnostics);
        CheckReferences(workspace, diagnostics);
        CheckRoutes(workspace, diagnostics);
        RecordRules.Check(workspace, diagnostics);
        return diagnostics;
    }

    private static void CheckIdentity(Workspace workspace, List<Diagnostic> diagnostics)
    {
        foreach (var group in workspace.Objects.Where(o => o.Guid.Length > 0).GroupBy(o => o.Guid, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateGuid.At(other.PositionOfProperty(other.Json, "guid"), $"guid '{group.Key}' of {other.Key} is already used by {first.Key} ({first.Path}); give one of them a new guid"));
            }
        }

        // Names that differ only in case collide on Windows and macOS checkouts.
        foreach (var group in workspace.Objects.GroupBy(o => (o.Kind, Name: o.Name.ToLowerInvariant())).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateName.At(other.PositionOfProperty(other.Json, "name"), $"{other.Key} differs from {first.Key} only in case; on Windows and macOS they are the same file: rename one"));
            }
        }

        foreach (var api in workspace.OfKind(ItemKind.Api))
        {
            var group = api.Name[..api.Name.IndexOf('/', StringComparison.Ordinal)];
            if (!workspace.Contains(new ItemKey(ItemKind.ApiGroup, group)))
            {
                diagnostics.Add(api.Format == WorkspaceFormat.XanoScript
                    ? DiagnosticCatalog.MissingApiGroup.At(api.PositionOfProperty(api.Json, "api_group"), $"{api.Key} names api_group \"{(string?)api.Json["api_group"]}\", which the workspace does not define{Suggestions.DidYouMean(group, workspace.OfKind(ItemKind.ApiGroup).Select(g => g.Name))}; add the api_group (api/{group}/api_group.xs) or fix the name")
                    : DiagnosticCatalog.MissingApiGroup.At(api.Path, 1, 1, $"{api.Key} is in folder apis/{group}/, which has no api-group.json; create it with {{ \"guid\": \"...\", \"name\": \"{group}\" }}"));
            }
        }
    }

    private static void CheckReferences(Workspace workspace, List<Diagnostic> diagnostics)
    {
        // A target whose file exists but did not load has its own error already; "does not exist" would mislead.
        var present = workspace.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var obj in workspace.Objects)
        {
            foreach (var reference in References.Of(obj))
            {
                if (reference.To.Kind == ItemKind.ApiGroup || workspace.Contains(reference.To)
                    || (NameRules.IsValidName(reference.To.Name) && present.Contains(Formats.ObjectFiles.PathOf(workspace.Format, reference.To.Kind, reference.To.Name))))
                {
                    continue;
                }

                var names = workspace.OfKind(reference.To.Kind).Select(o => o.Name);
                var problem = NameRules.Problem(reference.To.Name) is { } p ? $" (and the name is not allowed: {p})" : "";
                diagnostics.Add(DiagnosticCatalog.UnresolvedReference.At(reference.Position, $"{reference.Via} of {obj.Key} names {reference.To.Kind.DisplayName()} '{reference.To.Name}', which does not exist{problem}{Suggestions.DidYouMean(reference.To.Name, names)}"));
            }
        }
    }

    private static void CheckRoutes(Workspace workspace, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<(string Group, string Verb, string Path), WorkspaceObject>();
        // A XanoScript endpoint's key is its group, route and verb, so two of one route are two of one key (XL1152).
        foreach (var api in workspace.OfKind(ItemKind.Api).Where(a => a.Format == WorkspaceFormat.Json))
        {
            if (api.Json["verb"] is not JValue { Type: JTokenType.String } verb || api.Json["path"] is not JValue { Type: JTokenType.String } path)
            {
                continue;
            }

            var group = api.Name[..api.Name.IndexOf('/', StringComparison.Ordinal)];
            var route = (group, (string)verb!, (string)path!);
            if (seen.TryGetValue(route, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateRoute.At(api.PositionOf(path), $"{api.Key} and {first.Key} both answer {route.Item2} {route.Item3} in group '{group}'; change one path or verb"));
            }
            else
            {
                seen[route] = api;
            }
        }
    }
}
