using System.Globalization;
using LibGit2Sharp;

namespace XanoLink.Git.Tenants;

/// <summary>
/// The last snapshot a source published to a tenant (PUBLISH.md): the commit <c>refs/xanolink/snapshots/&lt;source guid&gt;</c>
/// points at, with its trailers.
/// </summary>
/// <param name="At">The snapshot commit's committer time.</param>
public sealed record PublishedSnapshot(Commit Commit, DateTimeOffset At, IReadOnlyDictionary<string, string> Trailers)
{
    public const string RefPrefix = "refs/xanolink/snapshots/";

    public string Sha => Commit.Sha;

    public string? Branch => Trailers.GetValueOrDefault("XanoLink-Branch");

    public string? SourceCommit => Trailers.GetValueOrDefault("XanoLink-Source-Commit");

    public string? ManifestHash => Trailers.GetValueOrDefault("XanoLink-Manifest");

    /// <summary>ISO 8601 with the commit's own offset: 2026-01-01T00:00:00+00:00.</summary>
    public string AtText => At.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    public static PublishedSnapshot? Find(Repository repository, string sourceGuid) =>
        repository.Refs[RefPrefix + sourceGuid]?.ResolveToDirectReference()?.Target is Commit commit ? Of(commit) : null;

    public static PublishedSnapshot Of(Commit commit) => new(commit, commit.Committer.When, ParseTrailers(commit.Message));

    /// <summary>"Key: value" lines of the message's last paragraph.</summary>
    public static IReadOnlyDictionary<string, string> ParseTrailers(string message)
    {
        var paragraphs = message.Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Split("\n\n");
        var trailers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (paragraphs.Length < 2)
        {
            return trailers;
        }

        foreach (var line in paragraphs[^1].Split('\n'))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && !line[..colon].Contains(' ', StringComparison.Ordinal))
            {
                trailers[line[..colon]] = line[(colon + 2)..].Trim();
            }
        }

        return trailers;
    }
}
