using System.Reflection;
using XanoLink.Files;

namespace XanoLink.Cli.GitDrivers;

/// <summary>
/// The .gitattributes lines that route workspace files to xanolink's diff and merge drivers, per workspace format. Their one
/// owner is the workspace template's .gitattributes (templates/content/workspace, and its xanoscript/ variant), embedded in
/// this assembly: <c>dotnet new xanolink-workspace</c> and <c>xanolink git-setup</c> write the same lines.
/// </summary>
internal sealed class GitAttributes
{
    public const string Driver = "xanolink";

    private static readonly string[] DriverAttributes = ["merge", "diff"];

    private readonly string[] workspacePaths;

    private GitAttributes(string resource, string[] workspacePaths)
    {
        this.workspacePaths = workspacePaths;
        TemplateText = ReadTemplate(resource);
        Lines = TemplateText.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && DriverAttributes.All(a => Rule.Parse(l)?.Value(a) == Driver))
            .ToList();
    }

    /// <summary>format.md's JSON layout; the paths are a file of each shape it holds, what the lines must route.</summary>
    public static GitAttributes Json { get; } = new("xanolink.gitattributes",
    [
        "tables/product.json", "tables/shop/product.json", "tables/product.records.jsonl", "tables/shop/product.records.jsonl",
        "functions/calc.json", "functions/billing/calc.json", "apis/orders/api-group.json", "apis/orders/list.json",
        "addons/lines.json", "addons/shop/lines.json", "tasks/expire.json", "tasks/shop/expire.json",
        "triggers/alert.json", "triggers/shop/alert.json",
    ]);

    /// <summary>Xano's XanoScript layout (Git Sync, its CLI), with records beside their table.</summary>
    public static GitAttributes XanoScript { get; } = new("xanolink.xanoscript.gitattributes",
    [
        "table/product.xs", "table/trigger/alert.xs", "table/product.records.jsonl", "function/calc.xs", "function/billing/calc.xs",
        "api/orders/api_group.xs", "api/orders/list_get.xs", "addon/lines.xs", "task/expire.xs", "middleware/auth.xs",
        "ai/agent/helper.xs", "ai/tool/lookup.xs",
    ]);

    /// <summary>The template's whole .gitattributes: what a workspace without one gets.</summary>
    public string TemplateText { get; }

    /// <summary>The template's lines that name the xanolink drivers.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The lines for a workspace in <paramref name="format"/>.</summary>
    public static GitAttributes For(XanoLink.Model.WorkspaceFormat format) => format == XanoLink.Model.WorkspaceFormat.XanoScript ? XanoScript : Json;

    /// <summary>
    /// Adds to a .gitattributes file the driver lines it lacks: a line is left out when the file already routes every workspace
    /// path that line would (to both drivers, Git's last-match-wins rule applied), so <c>tables/**/*.json</c> is not repeated as
    /// <c>tables/*.json</c>. A missing file gets the template's. Returns the lines added.
    /// </summary>
    /// <remarks>
    /// A .gitattributes that is a symbolic link, or leaves the workspace, is refused (XL1052) before anything is read or written.
    /// </remarks>
    public IReadOnlyList<string> AddTo(string workspace, string file)
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
            if (workspacePaths.Where(rule.Pattern.Matches).Any(path => !Routed(rules, path)))
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

    private static string ReadTemplate(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
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
