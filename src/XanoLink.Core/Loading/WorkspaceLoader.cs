using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Model;
using XanoLink.Validation;

namespace XanoLink.Loading;

/// <summary>
/// Reads every file of a workspace into the model. One bad file never stops the others: it is
/// reported and left out, and loading goes on.
/// </summary>
public static class WorkspaceLoader
{
    public static LoadResult Load(IFileSource source) => Load(source.Files(), source.Description, wholeWorkspace: true);

    /// <summary>
    /// Loads only the given files of a workspace (a diff parses just the files whose content changed).
    /// A missing workspace.json is not reported, since the part need not hold it.
    /// </summary>
    internal static LoadResult LoadFiles(IEnumerable<SourceFile> files, string description) =>
        Load(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(), description, wholeWorkspace: false);

    private static LoadResult Load(IReadOnlyList<SourceFile> files, string description, bool wholeWorkspace)
    {
        var diagnostics = new List<Diagnostic>();
        var objects = new List<WorkspaceObject>();
        var records = new Dictionary<string, TableRecords>(StringComparer.Ordinal);
        WorkspaceInfo? info = null;
        ManifestFile? manifest = null;
        var sawWorkspaceFile = false;

        foreach (var file in files)
        {
            var meaning = PathLayout.Classify(file.Path);
            if (meaning.Role == FileRole.Ignored && !(file.LinkProblem is not null && PathLayout.IsKindFolder(file.Path)))
            {
                continue;
            }

            if (file.Path.Any(PrintableText.IsUnprintable))
            {
                diagnostics.Add(DiagnosticCatalog.PathControlCharacter.At(file.Path, 0, 0, "the path holds a control character (a line break, tab or NUL), which would break every line of output that names it; rename the file"));
                continue;
            }

            if (file.LinkProblem is not null)
            {
                var what = meaning.Role == FileRole.Ignored ? "the kind folder is a symbolic link" : "symbolic link";
                diagnostics.Add(DiagnosticCatalog.SymlinkOutside.At(file.Path, 0, 0, $"{what} to '{PrintableText.Of(file.LinkProblem)}', which leaves the workspace (or dangles or loops); nothing behind it is read: replace it with the real folder or file"));
                continue;
            }

            switch (meaning.Role)
            {
                case FileRole.Unknown:
                    diagnostics.Add(DiagnosticCatalog.UnknownFile.At(file.Path, 0, 0, "this file is in no place format.md knows and is ignored; move it to its kind's folder (for example tables/NAME.json or apis/GROUP/NAME.json) or out of the workspace"));
                    break;
                case FileRole.WorkspaceInfo:
                    sawWorkspaceFile = true;
                    info = LoadInfo(file, diagnostics);
                    break;
                case FileRole.Manifest:
                    manifest = LoadManifest(file, diagnostics);
                    break;
                case FileRole.Records:
                    var loaded = RecordsReader.Read(file, meaning.Name, diagnostics);
                    if (loaded is not null)
                    {
                        records[meaning.Name] = loaded;
                    }

                    break;
                case FileRole.Object:
                    var obj = LoadObject(file, meaning, diagnostics);
                    if (obj is not null)
                    {
                        objects.Add(obj);
                    }

                    break;
            }
        }

        if (wholeWorkspace && !sawWorkspaceFile)
        {
            diagnostics.Add(DiagnosticCatalog.MissingWorkspaceFile.At(PathLayout.WorkspaceFile, 0, 0, "the workspace has no workspace.json; create one with a guid and a name"));
        }

        objects.Sort((a, b) => a.Key.CompareTo(b.Key));
        var workspace = new Workspace(description, info, objects, records, manifest, files);
        return new LoadResult(workspace, diagnostics);
    }

    private static (JObject Json, SourceText Text)? ReadObjectFile(SourceFile file, List<Diagnostic> diagnostics)
    {
        var parsed = JsonFileReader.Read(file);
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Token is null || parsed.Text is null)
        {
            return null;
        }

        if (parsed.Token is not JObject json)
        {
            diagnostics.Add(DiagnosticCatalog.NotAnObject.At(file.Path, 1, 1, $"the file holds a JSON {parsed.Token.Type.ToString().ToLowerInvariant()}; it must hold one JSON object"));
            return null;
        }

        return (json, parsed.Text);
    }

    private static WorkspaceInfo? LoadInfo(SourceFile file, List<Diagnostic> diagnostics)
    {
        if (ReadObjectFile(file, diagnostics) is not var (json, text))
        {
            return null;
        }

        var obj = new WorkspaceObject(ItemKind.Table, "", "", file, json, text);
        diagnostics.AddRange(ShapeValidator.ValidateWorkspaceInfo(obj));
        return new WorkspaceInfo(
            json.Value<string>("guid") is { } g && json["guid"]!.Type == JTokenType.String ? g : "",
            json["name"]?.Type == JTokenType.String ? (string)json["name"]! : "",
            json["description"]?.Type == JTokenType.String ? (string)json["description"]! : null,
            json);
    }

    private static ManifestFile? LoadManifest(SourceFile file, List<Diagnostic> diagnostics)
    {
        if (ReadObjectFile(file, diagnostics) is not var (json, text))
        {
            return null;
        }

        return new ManifestFile(file.Path, file.BlobId, json, text);
    }

    private static WorkspaceObject? LoadObject(SourceFile file, PathMeaning meaning, List<Diagnostic> diagnostics)
    {
        if (NameRules.Problem(meaning.Name) is { } problem)
        {
            diagnostics.Add(DiagnosticCatalog.UnsafeName.At(file.Path, 0, 0, $"the path gives the name '{meaning.Name}', which is not allowed: {problem}; rename the file"));
            return null;
        }

        if (ReadObjectFile(file, diagnostics) is not var (json, text))
        {
            return null;
        }

        var guid = json["guid"] is JValue { Type: JTokenType.String } g ? (string)g! : "";
        var obj = new WorkspaceObject(meaning.Kind, meaning.Name, guid, file, json, text);
        diagnostics.AddRange(ShapeValidator.Validate(obj));
        return obj;
    }
}
