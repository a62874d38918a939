using LibGit2Sharp;

namespace XanoLink.Git;

/// <summary>Failures of the Git library that a caller reports as a message (a damaged repository, a missing object), not as a crash.</summary>
public static class GitErrors
{
    /// <summary>Whether <paramref name="exception"/> comes from reading or writing a repository.</summary>
    public static bool IsRepositoryFailure(Exception exception) => exception is LibGit2SharpException;
}
