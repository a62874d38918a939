using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;
using XanoLink.XanoScript;

namespace XanoLink.Formats;

/// <summary>
/// <c>xanolink convert</c>: a whole workspace from one format to the other, keeping every object's item key, so the manifest,
/// references and tenants mean the same in both. What the target format has no place for is kept in documented fields
/// (docs/xanoscript.md, "Converting"), so converting back gives the same objects, and, for files in Xano's style, the same text.
/// The result is converted back in memory and compared before it is returned: a conversion that would lose anything fails.
/// </summary>
public static class WorkspaceConversion
{
    /// <summary>A JSON object's XanoScript name, where it is not the item key's (an endpoint's route).</summary>
    public const string XsName = "xanoscriptName";

    /// <summary>A JSON object's XanoScript file, where it is not the one Xano's layout gives its key (<c>api/products/list_get.xs</c>).</summary>
    public const string XsPath = "xanoscriptPath";

    /// <summary>A JSON object's XanoScript construct, where it is not its kind's (<c>error_trigger</c>).</summary>
    public const string XsConstruct = "xanoscriptConstruct";

    /// <summary>True on a JSON object whose XanoScript file ended with a newline (Xano writes none).</summary>
    public const string XsNewline = "xanoscriptNewline";

    /// <summary>A JSON object's XanoScript text, where Xano's style does not print it back the same (a layout Xano rarely writes).</summary>
    public const string XsText = "xanoscriptText";

    /// <summary>workspace.json's record of the XanoScript files that hold no object (<c>workspace/NAME.xs</c>, <c>branch.xs</c>, unknown constructs).</summary>
    public const string XsFiles = "xanoscript";

    /// <summary>A XanoScript object's item key name, where its content would give another (a JSON endpoint's name).</summary>
    public const string KeyAttribute = XanoScriptNames.KeyAttribute;

    public static ConversionResult Convert(Workspace workspace, IReadOnlyList<Diagnostic> loadDiagnostics, WorkspaceFormat to)
    {
        // An error that left something unread stops the conversion; one about the JSON format's shapes (a converted XanoScript
        // object need not have them) or references does not, since the object is read and converts whole.
        var errors = loadDiagnostics.Where(d => d.Severity == Severity.Error && Unread(workspace, d.File)).ToArray();
        if (errors.Length > 0)
        {
            var first = errors[0];
            return Failed(DiagnosticCatalog.ConvertSourceHasErrors.At(first.File, first.Line, first.Column,
                $"the workspace has {errors.Length} error(s), {first.Code} first ({first.Message}); a file that does not read cannot be converted without loss: fix them (xanolink validate) and convert again"));
        }

        if (workspace.Format == to)
        {
            return Failed(DiagnosticCatalog.ConvertSourceHasErrors.At("", 0, 0, $"the workspace is already {WorkspaceFormats.Name(to)}; nothing to convert"));
        }

        var problems = new List<Diagnostic>();
        var files = to == WorkspaceFormat.Json ? ToJson(workspace, problems) : ToXanoScript(workspace, problems);
        if (problems.Count == 0)
        {
            Verify(workspace, files, to, problems);
        }

        return problems.Count > 0 ? new ConversionResult(new Dictionary<string, byte[]>(), problems, 0) : new ConversionResult(files, [], workspace.Objects.Count);
    }

    private static bool Unread(Workspace workspace, string path) => PathLayout.IsXanoScript(path) || PathLayout.Classify(path).Role switch
    {
        FileRole.Object => workspace.Objects.All(o => o.Path != path),
        FileRole.Records => true,
        FileRole.WorkspaceInfo => workspace.Info is null,
        FileRole.Manifest => workspace.Manifest is null,
        _ => true,
    };

    private static ConversionResult Failed(Diagnostic diagnostic) => new(new Dictionary<string, byte[]>(), [diagnostic], 0);

    private static Dictionary<string, byte[]> ToJson(Workspace workspace, List<Diagnostic> problems)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var objectFiles = workspace.Objects.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var kept = new JObject();
        foreach (var file in workspace.Files.Where(f => f.LinkProblem is null))
        {
            var meaning = PathLayout.Classify(file.Path);
            switch (meaning.Role)
            {
                case FileRole.Settings:
                case FileRole.Object when PathLayout.IsXanoScript(file.Path) && !objectFiles.Contains(file.Path):
                    kept[file.Path] = Encoding.UTF8.GetString(file.ReadAllBytes());
                    break;
                case FileRole.Object when PathLayout.IsXanoScript(file.Path):
                    if (workspace.Objects.Where(o => o.Path == file.Path).Select(o => o.Document).Count() != DocumentCount(file))
                    {
                        problems.Add(DiagnosticCatalog.ConvertLoses.At(file.Path, 0, 0, "the file holds objects and a construct XanoLink keeps only as text (or a workspace or branch setting) together; JSON has a place for one or the other: move that construct to a file of its own and convert again"));
                    }

                    break;
                case FileRole.Records:
                    files["tables/" + file.Path[(file.Path.IndexOf('/', StringComparison.Ordinal) + 1)..]] = file.ReadAllBytes();
                    break;
                case FileRole.WorkspaceInfo:
                    break;
                default:
                    files[file.Path] = file.ReadAllBytes();
                    break;
            }
        }

        foreach (var obj in workspace.Objects)
        {
            var json = (JObject)obj.Json.DeepClone();
            json.Remove(KeyAttribute);
            if ((obj.Json["name"] is JValue { Type: JTokenType.String } name ? (string)name! : null) != obj.Name)
            {
                json[XsName] = obj.Json["name"]?.DeepClone();
                json["name"] = obj.Name;
            }

            if (obj.Construct != obj.Kind.Construct())
            {
                json[XsConstruct] = obj.Construct;
            }

            if (obj.IsWholeFile && obj.Path != ObjectFiles.PathOf(WorkspaceFormat.XanoScript, obj.Kind, obj.Name))
            {
                json[XsPath] = obj.Path;
            }

            if (obj.IsWholeFile && obj.FileText!.EndsWith('\n'))
            {
                json[XsNewline] = true;
            }

            if (obj.IsWholeFile && XanoScriptWriter.Write(obj.Construct, obj.Json, obj.Path).Text is var printed
                && printed + (obj.FileText!.EndsWith('\n') ? "\n" : "") != obj.FileText)
            {
                // The text as written, which the way back takes while the object is unchanged.
                json[XsText] = obj.FileText;
            }

            files[ItemKinds.PathOf(obj.Kind, obj.Name)] = JsonBytes(obj, json);
        }

        var info = workspace.Info is { } i && workspace.Files.Any(f => f.Path == PathLayout.WorkspaceFile)
            ? (JObject)i.Json.DeepClone()
            : null;
        if (info is null)
        {
            // A XanoScript workspace known by its workspace construct: the JSON format needs workspace.json.
            info = new JObject { ["guid"] = workspace.Info?.Guid ?? "", ["name"] = workspace.Info?.Name ?? "" };
            kept[PathLayout.WorkspaceFile] = false;
        }

        if (kept.Count > 0)
        {
            info[XsFiles] = kept;
        }

        files[PathLayout.WorkspaceFile] = CanonicalJson.ToBytes(info);
        return files;
    }

    private static int DocumentCount(SourceFile file) =>
        XanoScriptReader.Read(file.Path, Encoding.UTF8.GetString(file.ReadAllBytes())).Documents.Count;

    private static Dictionary<string, byte[]> ToXanoScript(Workspace workspace, List<Diagnostic> problems)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in workspace.Files.Where(f => f.LinkProblem is null))
        {
            var meaning = PathLayout.Classify(file.Path);
            switch (meaning.Role)
            {
                case FileRole.Object:
                case FileRole.WorkspaceInfo:
                    break;
                case FileRole.Records:
                    files["table/" + file.Path[(file.Path.IndexOf('/', StringComparison.Ordinal) + 1)..]] = file.ReadAllBytes();
                    break;
                default:
                    files[file.Path] = file.ReadAllBytes();
                    break;
            }
        }

        if (workspace.Info is { } info)
        {
            var json = (JObject)info.Json.DeepClone();
            var writeInfo = true;
            if (json[XsFiles] is JObject kept)
            {
                json.Remove(XsFiles);
                foreach (var (path, text) in kept)
                {
                    if (path == PathLayout.WorkspaceFile)
                    {
                        writeInfo = false;
                    }
                    else if (text is JValue { Type: JTokenType.String })
                    {
                        files[path] = Encoding.UTF8.GetBytes((string)text!);
                    }
                }
            }

            if (writeInfo)
            {
                var original = workspace.Files.First(f => f.Path == PathLayout.WorkspaceFile).ReadAllBytes();
                files[PathLayout.WorkspaceFile] = json.Count == info.Json.Count ? original : CanonicalJson.ToBytes(json);
            }
        }

        foreach (var obj in workspace.Objects)
        {
            var (construct, model, path, newline) = XsObject(obj.Kind, obj.Name, obj.Json);
            if (obj.Json[XsText] is JValue { Type: JTokenType.String } kept && XanoScriptReader.Read(path, (string)kept!) is { HasErrors: false, Documents: [{ } document] }
                && document.Construct == construct && JToken.DeepEquals(document.Model, model) && !files.ContainsKey(path))
            {
                files[path] = Encoding.UTF8.GetBytes((string)kept!);
                continue;
            }

            var written = XanoScriptWriter.Write(construct, model, path);
            if (written.Text is null)
            {
                problems.AddRange(written.Diagnostics.Select(d => DiagnosticCatalog.ConvertLoses.At(obj.Path, 0, 0, $"{obj.Key} cannot be written as XanoScript: {d.Message}")));
                continue;
            }

            if (files.ContainsKey(path))
            {
                problems.Add(DiagnosticCatalog.ConvertLoses.At(obj.Path, 0, 0, $"{obj.Key} would be written to {path}, which another file already takes; rename one of them"));
                continue;
            }

            files[path] = Encoding.UTF8.GetBytes(newline ? written.Text + "\n" : written.Text);
        }

        return files;
    }

    /// <summary>A JSON object as XanoScript: its construct, model, file and final newline, from the fields convert keeps.</summary>
    private static (string Construct, JObject Model, string Path, bool Newline) XsObject(ItemKind kind, string key, JObject json)
    {
        var model = (JObject)json.DeepClone();
        var construct = Take(model, XsConstruct) ?? kind.Construct();
        var path = Take(model, XsPath);
        var newline = model[XsNewline] is JValue { Type: JTokenType.Boolean } n && (bool)n!;
        model.Remove(XsNewline);
        model.Remove(XsText);
        if (model[XsName] is { } xsName)
        {
            model["name"] = xsName;
            model.Remove(XsName);
        }

        path ??= ObjectFiles.PathOf(WorkspaceFormat.XanoScript, kind, key);
        if (XanoScriptNames.KeyName(kind, model, out _, PathLayout.ApiGroupFolder(path)) != key)
        {
            // The content would give another key (a JSON endpoint's name is not its route): the key stays, as an attribute.
            model[KeyAttribute] = key;
        }

        return (construct, model, path, newline);
    }

    /// <summary>
    /// A XanoScript object's JSON bytes: canonical when its members in canonical order print the same XanoScript (an object
    /// that came from the JSON format goes back byte for byte), else in the order XanoScript has them.
    /// </summary>
    private static byte[] JsonBytes(WorkspaceObject obj, JObject json)
    {
        var canonical = CanonicalJson.ToBytes(json);
        var inOrderBytes = CanonicalJson.ToBytesInOrder(json);
        if (canonical.AsSpan().SequenceEqual(inOrderBytes))
        {
            return canonical;
        }

        var (token, _) = JsonFileReader.Parse(obj.Path, Encoding.UTF8.GetString(canonical));
        if (token is JObject reordered)
        {
            var (construct, model, path, _) = XsObject(obj.Kind, obj.Name, json);
            var (_, canonicalModel, _, _) = XsObject(obj.Kind, obj.Name, reordered);
            var inOrder = XanoScriptWriter.Write(construct, model, path).Text;
            if (inOrder is not null && inOrder == XanoScriptWriter.Write(construct, canonicalModel, path).Text)
            {
                return canonical;
            }
        }

        return inOrderBytes;
    }

    // The kept text of an object that was edited since is no longer its text: printing it in Xano's style loses nothing.
    private static JObject WithoutText(JObject json)
    {
        if (json[XsText] is null)
        {
            return json;
        }

        var copy = (JObject)json.DeepClone();
        copy.Remove(XsText);
        return copy;
    }

    private static string? Take(JObject model, string key)
    {
        var value = model[key] is JValue { Type: JTokenType.String } v ? (string)v! : null;
        model.Remove(key);
        return value;
    }

    /// <summary>The converted files, read and converted back, give every object, record and kept file of the source.</summary>
    private static void Verify(Workspace source, Dictionary<string, byte[]> files, WorkspaceFormat to, List<Diagnostic> problems)
    {
        var converted = WorkspaceLoader.Load(new MemoryFileSource(files, "converted")).Workspace;
        var back = to == WorkspaceFormat.Json ? ToXanoScript(converted, problems) : ToJson(converted, problems);
        if (problems.Count > 0)
        {
            return;
        }

        var again = WorkspaceLoader.Load(new MemoryFileSource(back, "converted back")).Workspace;
        foreach (var obj in source.Objects)
        {
            var other = again.Find(obj.Key);
            if (other is null || !JToken.DeepEquals(WithoutText(obj.Json), WithoutText(other.Json)))
            {
                problems.Add(DiagnosticCatalog.ConvertLoses.At(obj.Path, obj.Document?.Line ?? 0, 0,
                    $"{obj.Key} does not come back the same from {WorkspaceFormats.Name(to)} ({(other is null ? "it is missing" : "its content differs")}); report it with the object"));
            }
        }

        if (again.Objects.Count != source.Objects.Count)
        {
            problems.Add(DiagnosticCatalog.ConvertLoses.At("", 0, 0, $"{source.Objects.Count} objects convert back as {again.Objects.Count}; report it with the workspace"));
        }
    }
}
