using System.Text;
using Newtonsoft.Json.Linq;
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
