using XanoLink.Files;

namespace XanoLink.Cli.GitDrivers;

/// <summary>The .gitattributes lines that route workspace files to xanolink's diff and merge drivers.</summary>
internal static class GitAttributes
{
    public const string Attributes = "merge=xanolink diff=xanolink";

    /// <summary>Patterns relative to the workspace folder (a .gitattributes file's patterns are relative to its folder).</summary>
    public static IReadOnlyList<string> Patterns { get; } =
    [
        "tables/*.json",
        "tables/*.records.jsonl",
        "functions/**/*.json",
        "apis/**/*.json",
        "addons/*.json",
        "tasks/*.json",
        "triggers/*.json",
    ];

    public static IEnumerable<string> Lines(string prefix = "") => Patterns.Select(p => $"{prefix}{p} {Attributes}");

    /// <summary>
    /// Adds the lines the .gitattributes file of <paramref name="workspace"/> lacks (compared ignoring spacing); returns the
    /// lines added. A .gitattributes that is a symbolic link is refused (XL1052) before anything is read or written.
    /// </summary>
    public static IReadOnlyList<string> AddTo(string workspace, IEnumerable<string> lines)
    {
        var file = Path.Combine(workspace, ".gitattributes");
        WorkspaceFileWriter.EnsureWritable(workspace, file);
        var existing = File.Exists(file) ? File.ReadAllText(file) : "";
        var present = existing.Split('\n').Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var added = lines.Where(l => !present.Contains(Normalize(l))).ToList();
        if (added.Count == 0)
        {
            return added;
        }

        var text = existing.Length == 0 || existing.EndsWith('\n') ? existing : existing + "\n";
        if (text.Length == 0)
        {
            text = "# xanolink: member-level diff and merge of workspace files (see xanolink git-setup)\n";
        }

        WorkspaceFileWriter.WriteAllText(workspace, file, text + string.Join('\n', added) + "\n");
        return added;
    }

    private static string Normalize(string line) => string.Join(' ', line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
