using System.Text;

namespace XanoLink.Git.Publish;

/// <summary>The snapshot commit's message and its trailers (PUBLISH.md), written and read back.</summary>
internal static class SnapshotMessage
{
    public const string SourceCommit = "XanoLink-Source-Commit";
    public const string Manifest = "XanoLink-Manifest";
    public const string Branch = "XanoLink-Branch";

    public static string Compose(PublishSource source, string branch, string tenant)
    {
        var text = new StringBuilder();
        text.Append($"Publish {One(source.Name)} {source.ShortSha} to {One(tenant)}\n\n");
        text.Append($"XanoLink-Source: {One(source.Name)}\n");
        text.Append($"XanoLink-Source-Guid: {One(source.Guid)}\n");
        text.Append($"{SourceCommit}: {source.Commit}\n");
        text.Append($"XanoLink-Source-Ref: {One(source.Ref ?? "")}\n");
        text.Append($"{Manifest}: {source.ManifestHash}\n");
        text.Append($"{Branch}: {One(branch)}\n");
        text.Append($"XanoLink-Tenant: {One(tenant)}\n");
        return text.ToString();
    }

    /// <summary>The value of trailer <paramref name="name"/> in <paramref name="message"/>, or null.</summary>
    public static string? Trailer(string message, string name)
    {
        var prefix = name + ": ";
        return message.Split('\n').LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line ? line[prefix.Length..].Trim() : null;
    }

    public static string Merge(PublishSource source, string snapshotSha, string into) =>
        $"Merge {One(source.Name)} {source.ShortSha} into {One(into)}\n\nXanoLink-Snapshot: {snapshotSha}\nXanoLink-Source-Guid: {One(source.Guid)}\nXanoLink-Source-Commit: {source.Commit}\n";

    /// <summary>
    /// A value on one line: names come from manifests and workspace.json (validate refuses control characters, but a
    /// commit message is the last line of defence), and a newline in one would forge trailers.
    /// </summary>
    private static string One(string value) => string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c));
}
