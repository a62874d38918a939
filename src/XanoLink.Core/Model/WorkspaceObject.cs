using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.XanoScript;

namespace XanoLink.Model;

/// <summary>
/// One object of a workspace as read from its file: a JSON file, or one document of a XanoScript file. <see cref="Json"/> is
/// the object's model (for XanoScript, <see cref="XanoScriptDocument.Model"/>); treat it as read-only (clone before changing
/// it), since diagnostics and diffs read the same tree.
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

    internal WorkspaceObject(ItemKind kind, string name, string guid, SourceFile file, XanoScriptDocument document, XanoScriptFile read, string fileText)
    {
        Kind = kind;
        Name = name;
        Guid = guid;
        File = file;
        Json = document.Model;
        Document = document;
        IsWholeFile = read.Documents.Count == 1 && !read.HasErrors;
        FileText = fileText;
    }

    public ItemKind Kind { get; }

    /// <summary>The name its path gives (format.md: the name is the path); for XanoScript, the key name its content gives (xanoscript.md).</summary>
    public string Name { get; }

    /// <summary>The guid, or "" when the file has none.</summary>
    public string Guid { get; }

    public ItemKey Key => new(Kind, Name);

    public string Path => File.Path;

    public string BlobId => File.BlobId;

    public SourceFile File { get; }

    public JObject Json { get; }

    public WorkspaceFormat Format => Document is null ? WorkspaceFormat.Json : WorkspaceFormat.XanoScript;

    /// <summary>The XanoScript construct keyword (<c>query</c>, <c>error_trigger</c>, ...); for a JSON object, its kind's.</summary>
    public string Construct => Document?.Construct ?? Kind.Construct();

    /// <summary>For a XanoScript object, the document it was read from (its span in the file, its positions).</summary>
    public XanoScriptDocument? Document { get; }

    /// <summary>True when the XanoScript file holds this document only (not a multidoc file): its bytes are the object's.</summary>
    internal bool IsWholeFile { get; }

    internal string? FileText { get; }

    internal SourceText? Text { get; }

    /// <summary>Where <paramref name="token"/> (a token of <see cref="Json"/>) starts in the file.</summary>
    public SourcePosition PositionOf(JToken? token) => Document is { } document
        ? document.PositionOf(token) is { Line: > 0 } position ? position : new SourcePosition(Path, document.Line, 1)
        : Text!.PositionOf(Path, token);

    /// <summary>Where property <paramref name="name"/> of <paramref name="owner"/> starts, or the owner when it has none.</summary>
    public SourcePosition PositionOfProperty(JObject owner, string name) =>
        PositionOf((JToken?)owner.Property(name, StringComparison.Ordinal) ?? owner);

    public override string ToString() => Key.ToString();
}
