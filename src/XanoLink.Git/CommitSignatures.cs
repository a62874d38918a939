using System.Globalization;
using LibGit2Sharp;

namespace XanoLink.Git;

/// <summary>
/// Who XanoLink's own commits are by (PUBLISH.md): GIT_AUTHOR_* / GIT_COMMITTER_* from the environment, else the
/// repository's user.name and user.email, else "XanoLink &lt;xanolink@localhost&gt;"; the time is now unless GIT_*_DATE says otherwise.
/// </summary>
public static class CommitSignatures
{
    public const string DefaultName = "XanoLink";
    public const string DefaultEmail = "xanolink@localhost";

    public static Signature Author(Repository? repository) => For(repository, "AUTHOR");

    public static Signature Committer(Repository? repository) => For(repository, "COMMITTER");

    /// <summary>The author as git would find it, or null when neither the environment nor the configuration names one.</summary>
    public static Signature? Known(Repository? repository)
    {
        var name = Environment.GetEnvironmentVariable("GIT_AUTHOR_NAME") is { Length: > 0 } n ? n : Config(repository, "user.name");
        var email = Environment.GetEnvironmentVariable("GIT_AUTHOR_EMAIL") is { Length: > 0 } e ? e : Config(repository, "user.email");
        return name is null || email is null ? null : new Signature(name, email, ParseDate(Environment.GetEnvironmentVariable("GIT_AUTHOR_DATE")) ?? DateTimeOffset.Now);
    }

    private static Signature For(Repository? repository, string role)
    {
        var name = Environment.GetEnvironmentVariable($"GIT_{role}_NAME") is { Length: > 0 } n ? n : Config(repository, "user.name") ?? DefaultName;
        var email = Environment.GetEnvironmentVariable($"GIT_{role}_EMAIL") is { Length: > 0 } e ? e : Config(repository, "user.email") ?? DefaultEmail;
        var when = ParseDate(Environment.GetEnvironmentVariable($"GIT_{role}_DATE")) ?? DateTimeOffset.Now;
        return new Signature(name, email, when);
    }

    private static string? Config(Repository? repository, string key)
    {
        var value = repository?.Config.Get<string>(key)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>ISO 8601 ("2026-01-01T00:00:00Z") or git's raw form ("1767225600 +0000").</summary>
    private static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var parts = text.Trim().TrimStart('@').Split(' ');
        if (long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            var offset = parts.Length > 1 && parts[1].Length == 5 && int.TryParse(parts[1].AsSpan(1, 2), CultureInfo.InvariantCulture, out var h) && int.TryParse(parts[1].AsSpan(3, 2), CultureInfo.InvariantCulture, out var m)
                ? new TimeSpan(h, m, 0) * (parts[1][0] == '-' ? -1 : 1)
                : TimeSpan.Zero;
            return DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset);
        }

        return null;
    }
}
