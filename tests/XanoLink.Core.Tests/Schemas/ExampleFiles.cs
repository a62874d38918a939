using XanoLink.Loading;
using XanoLink.Model;
using XanoLink.Testing;

namespace XanoLink.Core.Tests.Schemas;

/// <summary>The files of example-source-workspace/ and the schema each one answers to.</summary>
internal static class ExampleFiles
{
    public static string Root { get; } = RepositoryRoot.Combine("example-source-workspace");

    public static string SchemasFolder { get; } = RepositoryRoot.Combine("schemas");

    /// <summary>Workspace-relative paths ('/'-separated) of every file of the example, sorted.</summary>
    public static IReadOnlyList<string> All { get; } = Directory
        .EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
        .Where(p => !p.StartsWith("bin/", StringComparison.Ordinal) && !p.StartsWith("obj/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static IEnumerable<string> Json => All.Where(p => p.EndsWith(".json", StringComparison.Ordinal));

    public static IEnumerable<string> Records => All.Where(p => p.EndsWith(PathLayout.RecordsSuffix, StringComparison.Ordinal));

    /// <summary>The schema file (name only) for a workspace JSON file, by where format.md puts it.</summary>
    public static string SchemaOf(string path)
    {
        var meaning = PathLayout.Classify(path);
        return meaning.Role switch
        {
            FileRole.WorkspaceInfo => "workspace.schema.json",
            FileRole.Manifest => "xanolink.schema.json",
            FileRole.Records => "records.schema.json",
            FileRole.Object => meaning.Kind switch
            {
                ItemKind.Table => "table.schema.json",
                ItemKind.ApiGroup => "api-group.schema.json",
                ItemKind.Api => "api.schema.json",
                ItemKind.Function => "function.schema.json",
                ItemKind.Addon => "addon.schema.json",
                ItemKind.Task => "task.schema.json",
                ItemKind.Trigger => "trigger.schema.json",
                _ => throw new InvalidOperationException(path),
            },
            _ => throw new InvalidOperationException($"{path} is in no place format.md knows"),
        };
    }

    public static string FullPath(string path) => Path.Combine(Root, path);
}
