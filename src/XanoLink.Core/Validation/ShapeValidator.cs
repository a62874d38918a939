using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>The checks that need only one file: its shape, its name and guid, its fields, indexes and steps.</summary>
internal static class ShapeValidator
{
    public static IReadOnlyList<Diagnostic> ValidateWorkspaceInfo(WorkspaceObject file)
    {
        var diagnostics = new List<Diagnostic>();
        new SpecChecker(file, diagnostics).Check(file.Json, FormatSpecs.WorkspaceInfo, "workspace.json");
        CheckGuid(file, diagnostics);
        CheckWorkspaceName(file, diagnostics);
        return diagnostics;
    }

    // The name travels into commit messages and their trailers, where a line break would forge a trailer of its own.
    private static void CheckWorkspaceName(WorkspaceObject file, List<Diagnostic> diagnostics)
    {
        if (file.Json.Property("name", StringComparison.Ordinal) is { Value.Type: JTokenType.String } property
            && WorkspaceNameProblem((string)property.Value!) is { } problem)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidWorkspaceName.At(file.PositionOf(property.Value), problem));
        }
    }

    /// <summary>Why a workspace name (from workspace.json or Xano's workspace construct) cannot be used, or null.</summary>
    public static string? WorkspaceNameProblem(string name) => name.Any(PrintableText.IsUnprintable)
        ? $"the workspace name '{PrintableText.Of(name)}' holds a control character (a line break, tab or NUL); write it on one line, such as shop:acme"
        : null;

    public static IReadOnlyList<Diagnostic> Validate(WorkspaceObject obj)
    {
        var diagnostics = new List<Diagnostic>();
        var checker = new SpecChecker(obj, diagnostics);
        var what = $"{obj.Kind.DisplayName()} '{obj.Name}'";
        checker.Check(obj.Json, FormatSpecs.For(obj.Kind), what);
        CheckName(obj, diagnostics);
        CheckGuid(obj, diagnostics);

        switch (obj.Kind)
        {
            case ItemKind.Table:
                TableRules.Check(obj, checker, diagnostics);
                break;
            case ItemKind.ApiGroup:
                break;
            default:
                StackRules.Check(obj, checker, diagnostics);
                break;
        }

        return diagnostics;
    }

    private static void CheckName(WorkspaceObject obj, List<Diagnostic> diagnostics)
    {
        if (obj.Json.Property("name", StringComparison.Ordinal) is not { Value.Type: JTokenType.String } property)
        {
            return;
        }

        var name = (string)property.Value!;
        if (NameRules.Problem(name) is { } problem)
        {
            diagnostics.Add(DiagnosticCatalog.UnsafeName.At(obj.PositionOf(property.Value), $"the name '{PrintableText.Of(name)}' is not allowed: {problem}; names become paths and must stay inside the workspace"));
        }
        else if (name != obj.Name)
        {
            diagnostics.Add(DiagnosticCatalog.NameMismatch.At(obj.PositionOf(property.Value), $"the name is '{name}' but the path {obj.Path} gives '{obj.Name}'; set \"name\": \"{obj.Name}\" or move the file to {ItemKinds.PathOf(obj.Kind, name)}"));
        }
    }

    private static void CheckGuid(WorkspaceObject obj, List<Diagnostic> diagnostics)
    {
        if (obj.Json.Property("guid", StringComparison.Ordinal) is { Value.Type: JTokenType.String } property
            && !NameRules.IsValidGuid((string)property.Value!))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidGuid.At(obj.PositionOf(property.Value), $"the guid '{PrintableText.Of((string)property.Value!)}' is not valid; a guid is 1 to 64 of A-Z a-z 0-9 _ -"));
        }
    }
}
