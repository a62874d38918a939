using System.Text;
using System.Text.RegularExpressions;
using XanoLink.Testing;

namespace XanoLink.Core.Tests;

/// <summary>Keeps the docs honest: every relative Markdown link in README.md, docs/ and bench/README.md names a file or
/// folder that exists, and a #fragment names a heading of the target (GitHub's anchor rules).</summary>
public sealed partial class DocsLinkTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in DocumentPaths())
        {
            data.Add(path);
        }

        return data;
    }

    [Fact]
    public void The_documents_are_found()
    {
        Assert.Contains("README.md", DocumentPaths());
        Assert.Contains("docs/cli.md", DocumentPaths());
        Assert.Contains("docs/faq.md", DocumentPaths());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_resolves(string document)
    {
        var folder = Path.GetDirectoryName(RepositoryRoot.Combine(document.Split('/')))!;
        var broken = new List<string>();
        foreach (var (line, target) in Links(document))
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var fragment = hash < 0 ? null : target[(hash + 1)..];
            var full = file.Length == 0 ? RepositoryRoot.Combine(document.Split('/')) : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(file)));
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                broken.Add($"{document}:{line}: {target}: no such file or folder");
            }
            else if (fragment is not null && full.EndsWith(".md", StringComparison.Ordinal) && !Anchors(full).Contains(fragment))
            {
                broken.Add($"{document}:{line}: {target}: no heading with anchor #{fragment}");
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    private static List<string> DocumentPaths()
    {
        var docs = Directory.GetFiles(RepositoryRoot.Combine("docs"), "*.md").Select(p => "docs/" + Path.GetFileName(p));
        return ["README.md", "bench/README.md", .. docs.Order(StringComparer.Ordinal)];
    }

    // Links outside fenced code blocks; absolute URLs are not ours to check.
    private static IEnumerable<(int Line, string Target)> Links(string document)
    {
        var inFence = false;
        var lines = File.ReadAllLines(RepositoryRoot.Combine(document.Split('/')));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            foreach (Match match in LinkPattern().Matches(InlineCode().Replace(lines[i], string.Empty)))
            {
                var target = match.Groups[1].Value;
                if (!UrlScheme().IsMatch(target))
                {
                    yield return (i + 1, target);
                }
            }
        }
    }

    private static HashSet<string> Anchors(string markdownFile)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var line in File.ReadLines(markdownFile))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith('#'))
            {
                var slug = Slug(line.TrimStart('#').Trim());
                var unique = slug;
                for (var n = 1; !anchors.Add(unique); n++)
                {
                    unique = $"{slug}-{n}";
                }
            }
        }

        return anchors;
    }

    // GitHub: lower case, drop everything but letters, digits, spaces, '-' and '_', spaces become '-'.
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex UrlScheme();
}
