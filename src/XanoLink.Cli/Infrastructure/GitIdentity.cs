using LibGit2Sharp;
using XanoLink.Git;

namespace XanoLink.Cli.Infrastructure;

/// <summary>
/// Who a person's recorded change (such as setting the live branch) is by. Unlike publish, which falls back to
/// "XanoLink" so a CI job without an identity can run, this asks for a real name: the history says who did it.
/// </summary>
internal static class GitIdentity
{
    public static Signature For(Repository repository) => CommitSignatures.Known(repository)
        ?? throw new UsageException("Git does not know who you are, and the change is recorded under your name: run git config --global user.name \"Your Name\" and git config --global user.email you@example.com (or set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL)");
}
