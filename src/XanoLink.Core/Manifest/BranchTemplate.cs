using System.Text;

namespace XanoLink.Manifest;

/// <summary>
/// The publish branch name template, e.g. <c>link/{source}-{shortSha}</c>. Placeholders:
/// {source} (source workspace name, made ref-safe), {tenant} (tenant name, made ref-safe),
/// {shortSha} (7 hex digits), {sha}, {date} (yyyyMMdd), {time} (HHmmss).
/// </summary>
public static class BranchTemplate
{
    public static IReadOnlyList<string> Placeholders { get; } = ["source", "tenant", "shortSha", "sha", "date", "time"];

    public static string Expand(string template, string source, string tenant, string sha, DateTimeOffset when)
    {
        var builder = new StringBuilder(template);
        builder.Replace("{source}", Sanitize(source))
            .Replace("{tenant}", Sanitize(tenant))
            .Replace("{shortSha}", sha.Length >= 7 ? sha[..7] : sha)
            .Replace("{sha}", sha)
            .Replace("{date}", when.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{time}", when.UtcDateTime.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>Why the template can never give a valid branch name; null when it can.</summary>
    public static string? Problem(string template)
    {
        var open = template.IndexOf('{', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                return "a '{' is never closed";
            }

            var name = template[(open + 1)..close];
            if (!Placeholders.Contains(name))
            {
                return $"unknown placeholder {{{name}}}; use {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}";
            }

            open = template.IndexOf('{', close);
        }

        var sample = Expand(template, "source", "tenant", "0123456789abcdef0123456789abcdef01234567", DateTimeOffset.UnixEpoch);
        return RefNames.Problem(sample);
    }

    /// <summary>Makes a workspace or tenant name usable in a ref: "shop:acme" becomes "shop-acme".</summary>
    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var result = builder.ToString().Trim('-', '.');
        while (result.Contains("..", StringComparison.Ordinal))
        {
            result = result.Replace("..", ".", StringComparison.Ordinal);
        }

        return result.Length == 0 ? "workspace" : result;
    }
}
