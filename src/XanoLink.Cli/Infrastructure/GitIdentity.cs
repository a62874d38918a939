using System.Globalization;
using LibGit2Sharp;

namespace XanoLink.Cli.Infrastructure;

/// <summary>Who a recorded change is by, found the way git finds it: GIT_AUTHOR_* variables, then user.name and user.email.</summary>
internal static class GitIdentity
{
    public static Signature For(Repository repository)
    {
        var when = DateTimeOffset.TryParse(Environment.GetEnvironmentVariable("GIT_AUTHOR_DATE"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : DateTimeOffset.Now;
        var name = Environment.GetEnvironmentVariable("GIT_AUTHOR_NAME") is { Length: > 0 } n ? n : repository.Config.Get<string>("user.name")?.Value;
        var email = Environment.GetEnvironmentVariable("GIT_AUTHOR_EMAIL") is { Length: > 0 } e ? e : repository.Config.Get<string>("user.email")?.Value;
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(email))
        {
            throw new UsageException("Git does not know who you are, and the change is recorded under your name: run git config --global user.name \"Your Name\" and git config --global user.email you@example.com (or set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL)");
        }

        return new Signature(name, email, when);
    }
}
