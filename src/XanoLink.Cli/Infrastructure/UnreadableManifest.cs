using XanoLink.Git.Publish;

namespace XanoLink.Cli.Infrastructure;

/// <summary>
/// A xanolink.json that cannot be read lists no tenants, but "no tenants" would be false: status and tenant list say
/// why they cannot tell, on stderr, and exit 1.
/// </summary>
internal static class UnreadableManifest
{
    /// <returns>True when the manifest could not be read and the reason was written.</returns>
    public static bool Report(CliConsole console, PublishSource source)
    {
        if (source.ManifestErrors.Count == 0)
        {
            return false;
        }

        foreach (var error in source.ManifestErrors)
        {
            console.Error.WriteLine(error.ToString());
        }

        var at = source.Commit is null ? "" : $" at {source.Ref} ({source.Commit[..12]})";
        console.Error.WriteLine($"xanolink: xanolink.json{at} cannot be read, so its tenants cannot be read; fix it and commit (see 'xanolink validate')");
        return true;
    }
}
