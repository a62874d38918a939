using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Json;

namespace XanoLink.Model;

/// <summary>
/// One object of a workspace as read from its file. <see cref="Json"/> carries Newtonsoft line info;
/// treat it as read-only (clone before changing it), since diagnostics and diffs read the same tree.
/// </summary>
public sealed class WorkspaceObject : IPositioned
{
    internal WorkspaceObject(ItemKind kind, string name, string guid, SourceFile file, JObject json, SourceText text)
    {
        Kind = kind;
        Name = name;
        Guid = guid;
        File = file;
        Json = json;
        Text = text;
    }

    public ItemKind Kind { get; }

    /// <summary>The name its path gives (format.md: the name is the path).</summary>
    public string Name { get; }

    /// <summary>The guid, or "" when the file has none (already reported).</summary>
    public string Guid { get; }

    public ItemKey Key => new(Kind, Name);

    public string Path => File.Path;

    public string BlobId => File.BlobId;

    public SourceFile File { get; }

    public JObject Json { get; }

    internal SourceText Text { get; }

    /// <summary>Where <paramref name="token"/> (a token of <see cref="Json"/>) starts in the file.</summary>
    public SourcePosition PositionOf(JToken? token) => Text.PositionOf(Path, token);

    /// <summary>Where property <paramref name="name"/> of <paramref name="owner"/> starts, or the owner when it has none.</summary>
    public SourcePosition PositionOfProperty(JObject owner, string name) =>
        PositionOf((JToken?)owner.Property(name, StringComparison.Ordinal) ?? owner);

    public override string ToString() => Key.ToString();
}
