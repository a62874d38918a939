using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Json;

namespace XanoLink.Model;

/// <summary>xanolink.json as read, with positions; <see cref="Manifest.LinkManifest"/> is its meaning.</summary>
public sealed class ManifestFile : IPositioned
{
    internal ManifestFile(string path, string blobId, JObject json, SourceText text)
    {
        Path = path;
        BlobId = blobId;
        Json = json;
        Text = text;
    }

    public string Path { get; }

    public string BlobId { get; }

    public JObject Json { get; }

    internal SourceText Text { get; }

    public SourcePosition PositionOf(JToken? token) => Text.PositionOf(Path, token);
}
