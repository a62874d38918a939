namespace XanoLink.Git.Publish;

/// <summary>
/// Git's own lock files (<c>HEAD.lock</c>, <c>refs/heads/main.lock</c>, <c>packed-refs.lock</c>...) that a publish killed
/// while libgit2 held them leaves behind; every later ref update in that repository would fail on them. Cleared only
/// after the publish lock showed its holder is dead, and only those made since that publish started and old enough that
/// no running git command can be holding them (git holds a ref lock for milliseconds).
/// </summary>
internal static class GitLocks
{
    private static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(2);

    /// <returns>The lock files removed, relative to the git dir.</returns>
    public static IReadOnlyList<string> ClearLeftBy(string gitDir, DateTimeOffset? since)
    {
        var cleared = new List<string>();
        var candidates = new List<string>();
        foreach (var top in new[] { "HEAD.lock", "packed-refs.lock", "config.lock", "shallow.lock" })
        {
            candidates.Add(Path.Combine(gitDir, top));
        }

        foreach (var folder in new[] { "refs", "logs" })
        {
            var root = Path.Combine(gitDir, folder);
            if (Directory.Exists(root))
            {
                candidates.AddRange(Directory.EnumerateFiles(root, "*.lock", SearchOption.AllDirectories));
            }
        }

        foreach (var file in candidates.Where(File.Exists))
        {
            var written = File.GetLastWriteTimeUtc(file);
            if (since is { } start && written < start.UtcDateTime.AddSeconds(-1))
            {
                continue;
            }

            // A lock this young could be a live git command's: wait until it is old enough to be sure, then look again.
            var age = DateTime.UtcNow - written;
            if (age < MinimumAge)
            {
                Thread.Sleep(MinimumAge - age);
                if (!File.Exists(file) || File.GetLastWriteTimeUtc(file) != written)
                {
                    continue;
                }
            }

            try
            {
                File.Delete(file);
                cleared.Add(Path.GetRelativePath(gitDir, file).Replace('\\', '/'));
            }
            catch (IOException)
            {
                // Gone already, or held: the ref update that needs it will say so.
            }
        }

        return cleared;
    }
}
