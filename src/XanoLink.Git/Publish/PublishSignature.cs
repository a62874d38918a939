using System.Globalization;
using LibGit2Sharp;

namespace XanoLink.Git.Publish;

/// <summary>
/// Who publish commits are by: GIT_AUTHOR_NAME/EMAIL/DATE, else the source repository's user.name/user.email, else
/// "XanoLink &lt;xanolink@localhost&gt;" (a CI job without a Git identity can still publish); the time is now.
/// </summary>
internal static class PublishSignature
{
    public static Signature For(Repository source)
    {
        var name = Environment.GetEnvironmentVariable("GIT_AUTHOR_NAME") is { Length: > 0 } n ? n : source.Config.Get<string>("user.name")?.Value;
        var email = Environment.GetEnvironmentVariable("GIT_AUTHOR_EMAIL") is { Length: > 0 } e ? e : source.Config.Get<string>("user.email")?.Value;
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(email))
        {
            (name, email) = ("XanoLink", "xanolink@localhost");
        }

        return new Signature(name, email, Date("GIT_AUTHOR_DATE") ?? DateTimeOffset.Now);
    }

    /// <summary>A date as git takes it in the environment: ISO 8601, or "@seconds [+zone]".</summary>
    internal static DateTimeOffset? Date(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.StartsWith('@') && long.TryParse(text[1..].Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
