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
    public static LoadResult Load(IFileSource source) => Load(source.Files(), source.Description, wholeWorkspace: true, null);

    /// <summary>
    /// Loads only the given files of a workspace (a diff parses just the files whose content changed).
    /// A missing workspace.json is not reported, since the part need not hold it.
    /// </summary>
    /// <param name="otherFiles">The rest of the workspace, read only where a loaded file needs it (the api_group of a query's folder).</param>
    internal static LoadResult LoadFiles(IEnumerable<SourceFile> files, string description, IReadOnlyList<SourceFile>? otherFiles = null) =>
        Load(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(), description, wholeWorkspace: false, otherFiles);

    private static LoadResult Load(IReadOnlyList<SourceFile> files, string description, bool wholeWorkspace, IReadOnlyList<SourceFile>? otherFiles)
    {
        var diagnostics = new List<Diagnostic>();
        var objects = new List<WorkspaceObject>();
        var records = new Dictionary<string, TableRecords>(StringComparer.Ordinal);
        WorkspaceInfo? info = null;
        ManifestFile? manifest = null;
        var sawWorkspaceFile = false;
        var xanoScript = new XanoScriptLoader(objects, diagnostics, otherFiles);
        var sawXanoScript = false;
        var jsonObject = (SourceFile?)null;
        var topLevelUnknown = new List<SourceFile>();

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
                case FileRole.Unknown when !file.Path.Contains('/', StringComparison.Ordinal):
                    // A top-level package.json is a XanoScript repository's own business; only a JSON workspace reads top-level JSON.
                    topLevelUnknown.Add(file);
                    break;
                case FileRole.Unknown:
                    diagnostics.Add(UnknownFile(file));
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
                case FileRole.Settings:
                case FileRole.Object when PathLayout.IsXanoScript(file.Path):
                    sawXanoScript = true;
                    xanoScript.Load(file);
                    break;
                case FileRole.Object:
                    jsonObject ??= file;
                    var obj = LoadObject(file, meaning, diagnostics);
                    if (obj is not null)
                    {
                        objects.Add(obj);
                    }

                    break;
            }
        }

        xanoScript.Finish();
        var format = sawXanoScript ? WorkspaceFormat.XanoScript : WorkspaceFormat.Json;
        if (format == WorkspaceFormat.Json)
        {
            diagnostics.AddRange(topLevelUnknown.Select(UnknownFile));
        }

        if (sawXanoScript && jsonObject is not null)
        {
            var xs = objects.FirstOrDefault(o => o.Format == WorkspaceFormat.XanoScript)?.Path ?? "a .xs file";
            diagnostics.Add(DiagnosticCatalog.MixedFormats.At(jsonObject.Path, 0, 0, $"this JSON object sits in a XanoScript workspace ({xs} is XanoScript); a workspace holds one format: convert one part with 'xanolink convert', or move it out"));
        }

        if (!sawWorkspaceFile && format == WorkspaceFormat.XanoScript)
        {
            info = xanoScript.Identity();
        }

        if (wholeWorkspace && !sawWorkspaceFile)
        {
            if (format == WorkspaceFormat.Json)
            {
                diagnostics.Add(DiagnosticCatalog.MissingWorkspaceFile.At(PathLayout.WorkspaceFile, 0, 0, "the workspace has no workspace.json; create one with a guid and a name"));
            }
            else if (info is null)
            {
                diagnostics.Add(DiagnosticCatalog.XsNoIdentity.At(PathLayout.WorkspaceFile, 0, 0, "this XanoScript workspace has neither workspace/NAME.xs (or workspace.xs) nor workspace.json, so it has no name or guid; that is fine for validate, deps and diff, but to publish it add a workspace.json with { \"guid\": \"...\", \"name\": \"...\" }"));
            }
        }

        objects.Sort((a, b) => a.Key.CompareTo(b.Key));
        if (format == WorkspaceFormat.XanoScript)
        {
            XanoScriptChecks(objects, wholeWorkspace, diagnostics);
        }

        var workspace = new Workspace(description, info, objects, records, manifest, files, format);
        return new LoadResult(workspace, diagnostics);
    }

    /// <summary>One key per object (two documents may name the same thing), and a word about objects without a guid.</summary>
    private static void XanoScriptChecks(List<WorkspaceObject> objects, bool wholeWorkspace, List<Diagnostic> diagnostics)
    {
        for (var i = 1; i < objects.Count; i++)
        {
            if (objects[i].Key == objects[i - 1].Key)
            {
                var first = objects[i - 1];
                var other = objects[i];
                diagnostics.Add(DiagnosticCatalog.XsDuplicateKey.At(other.PositionOf(other.Json), $"this {other.Kind.DisplayName()} is {other.Key}, as is the one in {first.Path} (line {first.Document?.Line}); two objects cannot share a name: rename one"));
                objects.RemoveAt(i);
                i--;
            }
        }

        var withoutGuid = objects.Where(o => o.Format == WorkspaceFormat.XanoScript && o.Guid.Length == 0).ToArray();
        if (wholeWorkspace && withoutGuid.Length > 0)
        {
            var first = withoutGuid[0];
            diagnostics.Add(DiagnosticCatalog.XsNoGuid.At(first.Path, first.Document!.Line, 1, $"{withoutGuid.Length} of {objects.Count} objects have no guid (as Xano's Git Sync writes them), {first.Key} first: each is known by its kind and name, so a rename reads as a delete and an add; Xano adds guids when the workspace is pushed"));
        }
    }

    private static Diagnostic UnknownFile(SourceFile file) =>
        DiagnosticCatalog.UnknownFile.At(file.Path, 0, 0, "this file is in no place format.md knows and is ignored; move it to its kind's folder (for example tables/NAME.json or apis/GROUP/NAME.json) or out of the workspace");

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
