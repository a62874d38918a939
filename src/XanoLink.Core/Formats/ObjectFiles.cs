using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;
using XanoLink.XanoScript;

namespace XanoLink.Formats;

/// <summary>
/// The one owner of "an object and its file's bytes" in either format: where a format puts an object, the bytes of an
/// object as read (an unchanged XanoScript object keeps its exact text), the bytes of a changed or merged object (canonical
/// JSON, or XanoScript printed in Xano's style), and the object a file's bytes hold. Snapshots, merges, the Git merge
/// driver, <c>format</c> and <c>convert</c> all write objects through it.
/// </summary>
public static class ObjectFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The format of a file: XanoScript for <c>.xs</c>, JSON otherwise.</summary>
    public static WorkspaceFormat FormatOf(string path) => PathLayout.IsXanoScript(path) ? WorkspaceFormat.XanoScript : WorkspaceFormat.Json;

    /// <summary>Where <paramref name="format"/> puts an object: <c>tables/NAME.json</c>, or Xano's layout <c>table/NAME.xs</c>.</summary>
    public static string PathOf(WorkspaceFormat format, ItemKind kind, string name) =>
        format == WorkspaceFormat.Json ? ItemKinds.PathOf(kind, name) : XanoScriptNames.PathOf(kind, name);

    /// <summary>
    /// Where a published object goes in a tenant: a JSON object at the path its key gives; a XanoScript object that is its
    /// file's only document at the path it has in the source (Xano's CLI names endpoint files after the endpoint, not its
    /// route, so the source's own layout is the one its tenants keep); a document of a multidoc file in Xano's layout.
    /// </summary>
    public static string PublishedPath(WorkspaceObject obj) =>
        obj.Format == WorkspaceFormat.XanoScript && obj.IsWholeFile ? obj.Path : PathOf(obj.Format, obj.Kind, obj.Name);

    /// <summary>Where a table's records go, beside its table: <c>tables/NAME.records.jsonl</c> or <c>table/NAME.records.jsonl</c>.</summary>
    public static string RecordsPathOf(WorkspaceFormat format, string table) =>
        (format == WorkspaceFormat.Json ? "tables/" : "table/") + table + PathLayout.RecordsSuffix;

    /// <summary>The table file a records file sits beside (in Xano's layout for <c>table/</c>, format.md's otherwise).</summary>
    public static string TablePathOfRecords(string recordsPath, string table) =>
        PathOf(recordsPath.StartsWith("table/", StringComparison.Ordinal) ? WorkspaceFormat.XanoScript : WorkspaceFormat.Json, ItemKind.Table, table);

    /// <summary>
    /// The bytes of an object as it was read: a JSON object in canonical form; a XanoScript object's exact text (its whole
    /// file, or its document's text in a multidoc file), never printed again.
    /// </summary>
    public static byte[] Unchanged(WorkspaceObject obj)
    {
        if (obj.Document is not { } document)
        {
            return CanonicalJson.ToBytes(obj.Json);
        }

        return obj.IsWholeFile ? obj.File.ReadAllBytes() : Encoding.UTF8.GetBytes(obj.FileText!.Substring(document.Start, document.Length));
    }

    /// <summary>
    /// The bytes of a changed or merged object. JSON is canonical; XanoScript is printed in Xano's style, except that a
    /// model equal to <paramref name="original"/>'s keeps the original's exact bytes (the final newline follows it too).
    /// Throws <see cref="FormatException"/> when the model cannot be written as XanoScript without a change (XL1130).
    /// </summary>
    /// <param name="path">The file's path: its extension says the format, and messages name it.</param>
    /// <param name="construct">The XanoScript construct (<c>query</c>, <c>table</c>, ...); ignored for JSON.</param>
    public static byte[] Write(string path, string construct, JObject model, FileBytes? original = null)
    {
        if (FormatOf(path) == WorkspaceFormat.Json)
        {
            return CanonicalJson.ToBytes(model);
        }

        if (original is not null && original.Model is { } before && JToken.DeepEquals(before, model))
        {
            return original.Bytes;
        }

        var written = XanoScriptWriter.Write(construct, model, path);
        if (written.Text is null)
        {
            throw new FormatException(string.Join("; ", written.Diagnostics.Select(d => d.Message)));
        }

        var newline = original is not null && original.Bytes.Length > 0 && original.Bytes[^1] == (byte)'\n';
        return Encoding.UTF8.GetBytes(newline ? written.Text + "\n" : written.Text);
    }

    /// <summary>
    /// The bytes of <paramref name="obj"/>'s whole file with the object's model replaced by <paramref name="model"/>: canonical
    /// JSON; a XanoScript file holding only the object printed through <see cref="Write"/> (its exact bytes when the model is
    /// the same); in a multidoc file only that document's text is replaced, and the other documents keep their bytes.
    /// </summary>
    public static byte[] Rewrite(WorkspaceObject obj, JObject model) => Rewrite([(obj, model)]);

    /// <summary>As <see cref="Rewrite(WorkspaceObject, JObject)"/> for several objects of one file.</summary>
    public static byte[] Rewrite(IReadOnlyList<(WorkspaceObject Object, JObject Model)> changes)
    {
        var first = changes[0].Object;
        if (changes.Any(c => c.Object.File.Path != first.Path))
        {
            throw new ArgumentException("the objects must share one file", nameof(changes));
        }

        if (first.Document is null || first.IsWholeFile)
        {
            var (obj, model) = changes[^1];
            return Write(obj.Path, obj.Construct, model, new FileBytes(obj.File.ReadAllBytes(), obj.Json));
        }

        var text = first.FileText!;
        foreach (var (obj, model) in changes.OrderByDescending(c => c.Object.Document!.Start))
        {
            var document = obj.Document!;
            var written = JToken.DeepEquals(obj.Json, model)
                ? text.Substring(document.Start, document.Length)
                : Encoding.UTF8.GetString(Write(obj.Path, obj.Construct, model));
            text = string.Concat(text.AsSpan(0, document.Start), written, text.AsSpan(document.Start + document.Length));
        }

        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The workspace's <c>.xs</c> files that <see cref="Formatted"/> can print, with their bytes in Xano's style.</summary>
    public static IEnumerable<(SourceFile File, byte[] Formatted)> FormattedXanoScript(Workspace workspace) => workspace.Files
        .Where(f => PathLayout.IsXanoScript(f.Path) && PathLayout.Classify(f.Path).Role is FileRole.Object or FileRole.Settings && f.LinkProblem is null
            && f.Size <= XanoScriptReader.MaxLength)
        .Select(f => (File: f, Formatted: Formatted(f.Path, f.ReadAllBytes())))
        .Where(f => f.Formatted is not null)
        .Select(f => (f.File, f.Formatted!));

    /// <summary>
    /// A XanoScript file printed in Xano's style, every document written again (<c>format</c>), or null when the file cannot be
    /// (it is not UTF-8, has a syntax error, or holds a construct kept as text). Whether it ends with a newline is kept.
    /// </summary>
    public static byte[]? Formatted(string path, byte[] bytes)
    {
        if (Decode(bytes) is not { } text)
        {
            return null;
        }

        var read = XanoScriptReader.Read(path, text);
        if (read.HasErrors || read.Documents.Count == 0 || read.Documents.Any(d => d.IsOpaque))
        {
            return null;
        }

        var documents = new List<string>();
        foreach (var document in read.Documents)
        {
            if (XanoScriptWriter.Write(document.Construct, document.Model, path).Text is not { } written)
            {
                return null;
            }

            documents.Add(written);
        }

        return Encoding.UTF8.GetBytes(XanoScriptWriter.Join(documents, read.EndsWithNewline));
    }

    /// <summary>
    /// The one object a file holds, read from its bytes alone; null when it holds none that reads cleanly (not UTF-8, a
    /// syntax error, not one object, a multidoc XanoScript file, a path no layout knows).
    /// </summary>
    public static FileObject? Read(string path, byte[] bytes)
    {
        var meaning = PathLayout.Classify(path);
        if (meaning.Role != FileRole.Object || Decode(bytes) is not { } text)
        {
            return null;
        }

        if (FormatOf(path) == WorkspaceFormat.Json)
        {
            var (token, error) = JsonFileReader.Parse(path, text);
            return error is null && token is JObject json ? new FileObject(meaning.Kind, meaning.Name, GuidOf(json), meaning.Kind.Construct(), json) : null;
        }

        var read = XanoScriptReader.Read(path, text);
        if (read.HasErrors || read.Documents is not [{ IsOpaque: false } document] || !ItemKinds.TryParseConstruct(document.Construct, out var kind)
            || XanoScriptNames.KeyName(kind, document.Model, out _, PathLayout.ApiGroupFolder(path)) is not { } name)
        {
            return null;
        }

        return new FileObject(kind, name, GuidOf(document.Model), document.Construct, document.Model);
    }

    /// <summary>The guid of the one object a file holds, or null.</summary>
    public static string? GuidOf(string path, byte[] bytes) => Read(path, bytes)?.Guid is { Length: > 0 } guid ? guid : null;

    /// <summary>An object's guid, or "" when it has none.</summary>
    public static string GuidOf(JObject model) => model["guid"] is JValue { Type: JTokenType.String } g ? (string)g! : "";

    private static string? Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}

/// <summary>A file's bytes and the model they hold (when known), to keep those bytes when a merge gives the same model.</summary>
public sealed record FileBytes(byte[] Bytes, JObject? Model);
