using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Formats;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;
using XanoLink.XanoScript;

namespace XanoLink.Merge;

internal enum EntryRole
{
    Object,
    Records,
    WorkspaceInfo,
    Json,
    Opaque,
}

/// <summary>
/// One file of one side, under the identity that matches it across sides: an object's guid (so a rename is the same
/// object), a records file's table, otherwise its path. Content is parsed on demand, once per blob id.
/// </summary>
internal sealed class SideEntry(string identity, EntryRole role, SourceFile file, ItemKind? kind, ParseCache cache)
{
    public string Identity => identity;

    public EntryRole Role => role;

    public SourceFile File => file;

    public ItemKind? Kind => kind;

    public JObject? Json => role is EntryRole.Object or EntryRole.Json or EntryRole.WorkspaceInfo ? cache.Object(file) : null;

    public WorkspaceFormat Format => ObjectFiles.FormatOf(file.Path);

    /// <summary>The XanoScript construct of the object (<c>query</c>, <c>error_trigger</c>...), or its kind's.</summary>
    public string Construct => cache.Script(file)?.Construct ?? kind?.Construct() ?? "";

    /// <summary>The name the object's content gives it: JSON's "name", or a XanoScript object's key name.</summary>
    public string? NameIn(JObject json) => Format == WorkspaceFormat.Json
        ? json["name"] is JValue { Type: JTokenType.String } n ? (string)n! : null
        : kind is { } k ? XanoScriptNames.KeyName(k, json, out _, PathLayout.ApiGroupFolder(file.Path)) : null;

    /// <summary>The file's bytes with the model they hold, so a merge that gives the same model keeps them.</summary>
    public FileBytes Original => new(file.ReadAllBytes(), Json);

    public IReadOnlyList<JObject>? Records => role == EntryRole.Records ? cache.Records(file) : null;

    /// <summary>True when the content and place are the same as <paramref name="other"/>'s: nothing to merge.</summary>
    public bool SameAs(SideEntry? other) => other is not null && other.File.Path == file.Path && other.File.BlobId == file.BlobId;

    /// <summary>The file as the result holds it: canonical when asked and readable, else byte for byte.</summary>
    public byte[] Output(bool canonical)
    {
        // XanoScript has no canonical form but Xano's style, which 'format' applies; a merge keeps a file as it is.
        if (canonical && Format == WorkspaceFormat.Json)
        {
            if (Records is { } records)
            {
                return CanonicalJson.RecordsToBytes(records);
            }

            if (Json is { } json)
            {
                return CanonicalJson.ToBytes(json);
            }
        }

        return file.ReadAllBytes();
    }
}

/// <summary>Parses each distinct blob once, whichever sides share it.</summary>
internal sealed class ParseCache
{
    private readonly Dictionary<string, JObject?> objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileObject?> scripts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<JObject>?> records = new(StringComparer.Ordinal);

    public int Parsed { get; private set; }

    /// <summary>A XanoScript file's one object (null for a multidoc or unreadable file, and for JSON).</summary>
    public FileObject? Script(SourceFile file)
    {
        if (!PathLayout.IsXanoScript(file.Path))
        {
            return null;
        }

        // A query without api_group takes its folder's name, so the folder is part of what the blob means.
        var key = file.BlobId + "\0" + PathLayout.ApiGroupFolder(file.Path);
        if (!scripts.TryGetValue(key, out var script))
        {
            Parsed++;
            script = file.Size <= XanoScriptReader.MaxLength && PathLayout.Classify(file.Path).Role == FileRole.Object
                ? ObjectFiles.Read(file.Path, file.ReadAllBytes())
                : null;
            scripts[key] = script;
        }

        return script;
    }

    public JObject? Object(SourceFile file)
    {
        if (PathLayout.IsXanoScript(file.Path))
        {
            return Script(file)?.Model;
        }

        if (!objects.TryGetValue(file.BlobId, out var json))
        {
            Parsed++;
            var parsed = JsonFileReader.Read(file);
            json = parsed.Diagnostics.Count == 0 ? parsed.Token as JObject : null;
            objects[file.BlobId] = json;
        }

        return json;
    }

    public IReadOnlyList<JObject>? Records(SourceFile file)
    {
        if (!records.TryGetValue(file.BlobId, out var list))
        {
            Parsed++;
            list = ReadRecords(file);
            records[file.BlobId] = list;
        }

        return list;
    }

    // Any unreadable line makes the whole file opaque: merging the readable lines only would drop the others.
    private static List<JObject>? ReadRecords(SourceFile file)
    {
        var diagnostics = new List<Diagnostics.Diagnostic>();
        if (file.Size > JsonFileReader.MaxFileSize || JsonFileReader.Decode(file, file.ReadAllBytes(), diagnostics) is not { } text || diagnostics.Count > 0)
        {
            return null;
        }

        var result = new List<JObject>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (JsonFileReader.Parse(file.Path, line).Token is not JObject record)
            {
                return null;
            }

            result.Add(record);
        }

        return result;
    }
}

/// <summary>All entries of one side by identity.</summary>
internal sealed class MergeSide
{
    private MergeSide(IReadOnlyList<SourceFile> files, Dictionary<string, SideEntry> entries, IReadOnlySet<string> repeatedGuids)
    {
        Files = files;
        Entries = entries;
        RepeatedGuids = repeatedGuids;
    }

    public IReadOnlyList<SourceFile> Files { get; }

    public IReadOnlyDictionary<string, SideEntry> Entries { get; }

    /// <summary>Guids more than one of this side's objects carry (a copied file that kept its guid).</summary>
    public IReadOnlySet<string> RepeatedGuids { get; }

    /// <param name="byPath">Guids to match by path although they are unique here: repeated on another side.</param>
    public static MergeSide Read(IFileSource source, ParseCache cache, IReadOnlySet<string>? byPath = null)
    {
        var files = source.Files();
        var entries = new Dictionary<string, SideEntry>(StringComparer.Ordinal);
        var tableIdentity = new Dictionary<string, string>(StringComparer.Ordinal);
        var pendingRecords = new List<(SourceFile File, string Table)>();
        var guidCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var objects = new List<(SourceFile File, ItemKind Kind, string Name, string? Guid)>();

        foreach (var file in files)
        {
            var meaning = PathLayout.Classify(file.Path);
            switch (meaning.Role)
            {
                case FileRole.Object when file.LinkProblem is null:
                    var guid = cache.Object(file)?["guid"] is JValue { Type: JTokenType.String } g && ((string)g!).Length > 0 ? (string)g! : null;
                    if (guid is not null)
                    {
                        guidCount[guid] = guidCount.GetValueOrDefault(guid) + 1;
                    }

                    // A XanoScript file says what it holds; its path is only a guess.
                    var script = cache.Script(file);
                    objects.Add((file, script?.Kind ?? meaning.Kind, script?.Name ?? meaning.Name, guid));
                    break;
                case FileRole.Records when file.LinkProblem is null:
                    pendingRecords.Add((file, meaning.Name));
                    break;
                case FileRole.WorkspaceInfo:
                    entries[file.Path] = new SideEntry(file.Path, EntryRole.WorkspaceInfo, file, null, cache);
                    break;
                case FileRole.Manifest:
                    entries["path:" + file.Path] = new SideEntry("path:" + file.Path, cache.Object(file) is null ? EntryRole.Opaque : EntryRole.Json, file, null, cache);
                    break;
                default:
                    entries["path:" + file.Path] = new SideEntry("path:" + file.Path, EntryRole.Opaque, file, null, cache);
                    break;
            }
        }

        foreach (var (file, kind, name, guid) in objects)
        {
            // A missing guid, or one repeated on any side, cannot match anything reliably; such a file is matched by its path.
            // The kind is part of the identity: a function and a table that happen to share a guid are never one object.
            var identity = guid is not null && guidCount[guid] == 1 && byPath?.Contains(guid) != true ? $"guid:{kind.Prefix()}:{guid}" : "path:" + file.Path;
            var role = cache.Object(file) is null ? EntryRole.Opaque : EntryRole.Object;
            entries[identity] = new SideEntry(identity, role, file, kind, cache);
            if (kind == ItemKind.Table)
            {
                tableIdentity[name] = identity;
            }
        }

        foreach (var (file, table) in pendingRecords)
        {
            var identity = "records:" + (tableIdentity.TryGetValue(table, out var t) ? t : "path:" + file.Path);
            var role = cache.Records(file) is null ? EntryRole.Opaque : EntryRole.Records;
            entries[identity] = new SideEntry(identity, role, file, ItemKind.Table, cache);
        }

        return new MergeSide(files, entries, guidCount.Where(kv => kv.Value > 1).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal));
    }
}
