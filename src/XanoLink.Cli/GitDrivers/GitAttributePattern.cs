using System.Text;
using System.Text.RegularExpressions;

namespace XanoLink.Cli.GitDrivers;

/// <summary>
/// One pattern of a .gitattributes line, matched as Git does (gitignore globs): a pattern without '/' matches a file name
/// at any depth, one with '/' is relative to the file's folder; '*' and '?' stay within a folder, '**' crosses folders.
/// </summary>
internal sealed class GitAttributePattern
{
    private readonly Regex regex;

    public GitAttributePattern(string pattern)
    {
        Text = pattern;
        regex = new Regex("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Text { get; }

    /// <summary>Whether the pattern matches <paramref name="path"/>, '/'-separated and relative to the .gitattributes folder.</summary>
    public bool Matches(string path) => regex.IsMatch(path);

    private static string ToRegex(string pattern)
    {
        var anchored = pattern.TrimEnd('/').Contains('/', StringComparison.Ordinal);
        var glob = pattern.TrimStart('/');
        var text = new StringBuilder(anchored ? "" : "(?:.*/)?");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                var atStart = i == 0 || glob[i - 1] == '/';
                if (atStart && slashAfter)
                {
                    text.Append("(?:.*/)?"); // "**/": zero or more folders
                    i += 2;
                }
                else
                {
                    text.Append(".*");
                    i++;
                }
            }
            else if (c == '*')
            {
                text.Append("[^/]*");
            }
            else if (c == '?')
            {
                text.Append("[^/]");
            }
            else if (c == '[' && glob.IndexOf(']', i + 1) is var close and > 0)
            {
                var set = glob[(i + 1)..close];
                text.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else if (c == '\\' && i + 1 < glob.Length)
            {
                text.Append(Regex.Escape(glob[++i].ToString()));
            }
            else
            {
                text.Append(Regex.Escape(c.ToString()));
            }
        }

        return text.ToString();
    }
}
