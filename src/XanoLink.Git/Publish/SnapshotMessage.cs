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
        text.Append($"Publish {source.Info.Name} {source.ShortSha} to {tenant}\n\n");
        text.Append($"XanoLink-Source: {source.Info.Name}\n");
        text.Append($"XanoLink-Source-Guid: {source.Info.Guid}\n");
        text.Append($"{SourceCommit}: {source.Commit}\n");
        text.Append($"XanoLink-Source-Ref: {source.Ref}\n");
        text.Append($"{Manifest}: {source.ManifestHash}\n");
        text.Append($"{Branch}: {branch}\n");
        text.Append($"XanoLink-Tenant: {tenant}\n");
        return text.ToString();
    }

    /// <summary>The value of trailer <paramref name="name"/> in <paramref name="message"/>, or null.</summary>
    public static string? Trailer(string message, string name)
    {
        var prefix = name + ": ";
        return message.Split('\n').LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line ? line[prefix.Length..].Trim() : null;
    }

    public static string Merge(PublishSource source, string snapshotSha, string into) =>
        $"Merge {source.Info.Name} {source.ShortSha} into {into}\n\nXanoLink-Snapshot: {snapshotSha}\nXanoLink-Source-Commit: {source.Commit}\n";
}
