using System.Reflection;
using XanoLink.Files;

namespace XanoLink.Cli.GitDrivers;

/// <summary>
/// The .gitattributes lines that route workspace files to xanolink's diff and merge drivers. Their one owner is the workspace
/// template's .gitattributes (templates/content/workspace), embedded in this assembly: <c>dotnet new xanolink-workspace</c>
/// and <c>xanolink git-setup</c> write the same lines.
/// </summary>
internal static class GitAttributes
{
    public const string Driver = "xanolink";

    private static readonly string[] DriverAttributes = ["merge", "diff"];

    /// <summary>A file of each shape a workspace holds, relative to the workspace folder: what the lines must route.</summary>
    private static readonly string[] WorkspacePaths =
    [
        "tables/product.json", "tables/shop/product.json", "tables/product.records.jsonl", "tables/shop/product.records.jsonl",
        "functions/calc.json", "functions/billing/calc.json", "apis/orders/api-group.json", "apis/orders/list.json",
        "addons/lines.json", "addons/shop/lines.json", "tasks/expire.json", "tasks/shop/expire.json",
        "triggers/alert.json", "triggers/shop/alert.json",
    ];

    /// <summary>The template's whole .gitattributes: what a workspace without one gets.</summary>
    public static string TemplateText { get; } = ReadTemplate();

    /// <summary>The template's lines that name the xanolink drivers.</summary>
    public static IReadOnlyList<string> Lines { get; } = TemplateText.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#') && DriverAttributes.All(a => Rule.Parse(l)?.Value(a) == Driver))
        .ToList();

    /// <summary>
    /// Adds to a .gitattributes file the driver lines it lacks: a line is left out when the file already routes every workspace
    /// path that line would (to both drivers, Git's last-match-wins rule applied), so <c>tables/**/*.json</c> is not repeated as
    /// <c>tables/*.json</c>. A missing file gets the template's. Returns the lines added.
    /// </summary>
    /// <remarks>
    /// A .gitattributes that is a symbolic link, or leaves the workspace, is refused (XL1052) before anything is read or written.
    /// </remarks>
    public static IReadOnlyList<string> AddTo(string workspace, string file)
    {
        WorkspaceFileWriter.EnsureWritable(workspace, file);
        if (!File.Exists(file))
        {
            WorkspaceFileWriter.WriteAllText(workspace, file, TemplateText);
            return Lines;
        }

        var existing = File.ReadAllText(file);
        var rules = existing.Split('\n').Select(Rule.Parse).OfType<Rule>().ToList();
        var added = new List<string>();
        foreach (var line in Lines)
        {
            var rule = Rule.Parse(line)!;
            if (WorkspacePaths.Where(rule.Pattern.Matches).Any(path => !Routed(rules, path)))
            {
                added.Add(line);
                rules.Add(rule);
            }
        }

        if (added.Count > 0)
        {
            var text = existing.Length == 0 || existing.EndsWith('\n') ? existing : existing + "\n";
            WorkspaceFileWriter.WriteAllText(workspace, file, text + string.Join('\n', added) + "\n");
        }

        return added;
    }

    private static bool Routed(IReadOnlyList<Rule> rules, string path) =>
        DriverAttributes.All(attribute => rules.LastOrDefault(r => r.Value(attribute) is not null && r.Pattern.Matches(path))?.Value(attribute) == Driver);

    private static string ReadTemplate()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("xanolink.gitattributes")
            ?? throw new InvalidOperationException("the workspace template's .gitattributes is not embedded in xanolink");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>One line of a .gitattributes file: a pattern and its attributes.</summary>
    private sealed record Rule(GitAttributePattern Pattern, IReadOnlyList<string> Attributes)
    {
        public static Rule? Parse(string line)
        {
            var parts = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            return parts.Length < 2 || parts[0].StartsWith('#') ? null : new Rule(new GitAttributePattern(parts[0]), parts[1..]);
        }

        /// <summary>The value this line gives the attribute ("" when it unsets or clears it), or null when it says nothing of it.</summary>
        public string? Value(string attribute)
        {
            string? value = null;
            foreach (var a in Attributes)
            {
                if (a.StartsWith(attribute + "=", StringComparison.Ordinal))
                {
                    value = a[(attribute.Length + 1)..];
                }
                else if (a == attribute || a == "-" + attribute || a == "!" + attribute || a == "binary")
                {
                    value = "";
                }
            }

            return value;
        }
    }
}
