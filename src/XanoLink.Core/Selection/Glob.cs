using System.Text;
using System.Text.RegularExpressions;

namespace XanoLink.Selection;

/// <summary>Name patterns of the manifest: <c>*</c> within one segment, <c>**</c> across segments, <c>?</c> one character.</summary>
public sealed class Glob
{
    private readonly Regex? regex;

    private Glob(string pattern, Regex? regex)
    {
        Pattern = pattern;
        this.regex = regex;
        var wildcard = pattern.IndexOfAny(['*', '?']);
        LiteralPrefix = wildcard < 0 ? pattern : pattern[..wildcard];
    }

    public string Pattern { get; }

    /// <summary>The text before the first wildcard: every name the glob matches starts with it.</summary>
    public string LiteralPrefix { get; }

    public bool IsLiteral => regex is null;

    public static bool IsValid(string pattern) =>
        pattern.Length > 0 && !pattern.Contains('\\', StringComparison.Ordinal) && !pattern.StartsWith('/') && !pattern.Split('/').Any(s => s is "" or "." or "..");

    public static Glob Parse(string pattern)
    {
        if (pattern.IndexOfAny(['*', '?']) < 0)
        {
            return new Glob(pattern, null);
        }

        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "a/**" matches everything below a; "**/b" matches b at any depth.
                var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                builder.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        builder.Append('$');
        return new Glob(pattern, new Regex(builder.ToString(), RegexOptions.CultureInvariant));
    }

    /// <summary>
    /// The names that match, in order, from names sorted ordinally. Only the run of names that start with
    /// <see cref="LiteralPrefix"/> is tested, so a manifest with a glob per API group stays linear in the workspace's size.
    /// </summary>
    public IReadOnlyList<string> MatchesIn(string[] sortedNames)
    {
        var start = Array.BinarySearch(sortedNames, LiteralPrefix, StringComparer.Ordinal);
        var matched = new List<string>();
        for (var i = start < 0 ? ~start : start; i < sortedNames.Length && sortedNames[i].StartsWith(LiteralPrefix, StringComparison.Ordinal); i++)
        {
            if (Matches(sortedNames[i]))
            {
                matched.Add(sortedNames[i]);
            }
        }

        return matched;
    }

    public bool Matches(string name) => regex?.IsMatch(name) ?? string.Equals(name, Pattern, StringComparison.Ordinal);
}
