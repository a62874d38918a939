using XanoLink.Model;

namespace XanoLink.Loading;

/// <summary>What a workspace-relative path holds, by format.md's layout.</summary>
internal enum FileRole
{
    Ignored,
    WorkspaceInfo,
    Manifest,
    Object,
    Records,
    Unknown,
}

internal readonly record struct PathMeaning(FileRole Role, ItemKind Kind = default, string Name = "");

internal static class PathLayout
{
    public const string WorkspaceFile = "workspace.json";
    public const string ManifestFile = "xanolink.json";
    public const string RecordsSuffix = ".records.jsonl";
    public const string ApiGroupFile = "api-group.json";

    private static readonly string[] KindFolders = ["tables", "functions", "apis", "addons", "tasks", "triggers"];

    /// <summary>True for tables, functions, apis... themselves: the top-level folders objects live in.</summary>
    public static bool IsKindFolder(string path) => KindFolders.Contains(path);

    public static PathMeaning Classify(string path)
    {
        switch (path)
        {
            case WorkspaceFile:
                return new PathMeaning(FileRole.WorkspaceInfo);
            case ManifestFile:
                return new PathMeaning(FileRole.Manifest);
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            // Top-level JSON files other than the two above would be silently ignored objects; anything else (README, project file) is the repository's business.
            return path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".jsonl", StringComparison.Ordinal)
                ? new PathMeaning(FileRole.Unknown)
                : new PathMeaning(FileRole.Ignored);
        }

        var folder = path[..slash];
        var rest = path[(slash + 1)..];
        if (!KindFolders.Contains(folder))
        {
            return new PathMeaning(FileRole.Ignored);
        }

        if (folder == "tables" && rest.EndsWith(RecordsSuffix, StringComparison.Ordinal) && rest.Length > RecordsSuffix.Length)
        {
            return new PathMeaning(FileRole.Records, ItemKind.Table, rest[..^RecordsSuffix.Length]);
        }

        if (!rest.EndsWith(".json", StringComparison.Ordinal) || rest.Length <= ".json".Length)
        {
            return new PathMeaning(FileRole.Unknown);
        }

        var name = rest[..^".json".Length];
        return folder switch
        {
            "tables" => new PathMeaning(FileRole.Object, ItemKind.Table, name),
            "functions" => new PathMeaning(FileRole.Object, ItemKind.Function, name),
            "addons" => new PathMeaning(FileRole.Object, ItemKind.Addon, name),
            "tasks" => new PathMeaning(FileRole.Object, ItemKind.Task, name),
            "triggers" => new PathMeaning(FileRole.Object, ItemKind.Trigger, name),
            _ => ClassifyApi(rest, name),
        };
    }

    private static PathMeaning ClassifyApi(string rest, string name)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            // apis/x.json: an endpoint must sit in a group folder.
            return new PathMeaning(FileRole.Unknown);
        }

        var group = rest[..slash];
        return rest[(slash + 1)..] == ApiGroupFile
            ? new PathMeaning(FileRole.Object, ItemKind.ApiGroup, group)
            : new PathMeaning(FileRole.Object, ItemKind.Api, name);
    }
}
