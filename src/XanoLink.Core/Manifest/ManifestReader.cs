using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Json;
using XanoLink.Model;
using XanoLink.Selection;
using XanoLink.Validation;

namespace XanoLink.Manifest;

/// <summary>Turns xanolink.json into a <see cref="LinkManifest"/>, reporting what cannot be understood (what it selects is checked by the selector).</summary>
public static class ManifestReader
{
    private static readonly ObjectSpec RootSpec = new("xanolink.json",
    [
        new("$schema", JsonKind.String),
        new("include", JsonKind.Object),
        new("records", JsonKind.Object),
        new("autoIncludeDependencies", JsonKind.Boolean),
        new("tenants", JsonKind.Array),
        new("publish", JsonKind.Object),
    ]);

    private static readonly ObjectSpec TenantSpec = new("tenant",
    [
        new("name", JsonKind.String, Required: true),
        new("repository", JsonKind.String, Required: true),
    ]);

    private static readonly ObjectSpec PublishSpec = new("publish",
    [
        new("branch", JsonKind.String),
        new("merge", JsonKind.Boolean),
        new("setLive", JsonKind.Boolean),
    ]);

    public static (LinkManifest Manifest, IReadOnlyList<Diagnostic> Diagnostics) Read(ManifestFile file)
    {
        var diagnostics = new List<Diagnostic>();
        var checker = new SpecChecker(file, diagnostics);
        var json = file.Json;
        checker.Check(json, RootSpec, "xanolink.json");

        var include = ReadInclude(file, json["include"] as JObject, diagnostics);
        var records = ReadRecords(file, json["records"] as JObject, diagnostics);
        var tenants = ReadTenants(file, checker, json, diagnostics);
        var publish = ReadPublish(file, checker, json["publish"] as JObject, diagnostics);
        var auto = json["autoIncludeDependencies"] is JValue { Type: JTokenType.Boolean } a ? (bool)a : true;
        return (new LinkManifest(include, records, auto, tenants, publish, file.Path, file.BlobId), diagnostics);
    }

    private static List<IncludeRule> ReadInclude(ManifestFile file, JObject? include, List<Diagnostic> diagnostics)
    {
        var rules = new List<IncludeRule>();
        if (include is null)
        {
            return rules;
        }

        foreach (var property in include.Properties())
        {
            if (!ItemKinds.TryParseIncludeKey(property.Name, out var kind))
            {
                var known = ItemKinds.Includable.Select(k => k.IncludeKey()).ToArray();
                diagnostics.Add(DiagnosticCatalog.UnknownIncludeKind.At(file.PositionOf(property), $"include has unknown kind '{property.Name}'; use {string.Join(", ", known)}{Suggestions.DidYouMean(property.Name, known)}"));
                continue;
            }

            var position = file.PositionOf(property);
            switch (property.Value)
            {
                case JValue { Type: JTokenType.String } all when (string)all! == "*":
                    rules.Add(new IncludeRule(kind, All: true, [], position));
                    break;
                case JArray list:
                    var patterns = new List<IncludePattern>();
                    foreach (var item in list)
                    {
                        if (item.Type != JTokenType.String)
                        {
                            diagnostics.Add(DiagnosticCatalog.WrongType.At(file.PositionOf(item), $"an entry of include.{property.Name} is {JsonKinds.Describe(item)}; it must be a name or glob string"));
                        }
                        else if (!Glob.IsValid((string)item!))
                        {
                            diagnostics.Add(DiagnosticCatalog.InvalidPattern.At(file.PositionOf(item), $"'{(string)item!}' in include.{property.Name} is not a valid name or glob; use names like orders/create_order and globs like orders/* or billing/**"));
                        }
                        else
                        {
                            patterns.Add(new IncludePattern((string)item!, file.PositionOf(item)));
                        }
                    }

                    rules.Add(new IncludeRule(kind, All: false, patterns, position));
                    break;
                default:
                    diagnostics.Add(DiagnosticCatalog.WrongType.At(file.PositionOf(property.Value), $"include.{property.Name} is {JsonKinds.Describe(property.Value)}; use \"*\" (all), [] (none) or a list of names and globs"));
                    break;
            }
        }

        return rules;
    }

    private static List<RecordsRule> ReadRecords(ManifestFile file, JObject? records, List<Diagnostic> diagnostics)
    {
        var rules = new List<RecordsRule>();
        if (records is null)
        {
            return rules;
        }

        foreach (var property in records.Properties())
        {
            var position = file.PositionOf(property);
            switch (property.Value)
            {
                case JValue { Type: JTokenType.String } all when (string)all! == "all":
                    rules.Add(new RecordsRule(property.Name, All: true, [], position));
                    break;
                case JArray list:
                    var ids = new List<RecordIdChoice>();
                    foreach (var item in list)
                    {
                        if (JsonNumber.IsInteger(item) || item.Type == JTokenType.String)
                        {
                            ids.Add(new RecordIdChoice(RecordIdComparer.KeyOf(item), file.PositionOf(item)));
                        }
                        else
                        {
                            diagnostics.Add(DiagnosticCatalog.WrongType.At(file.PositionOf(item), $"an id in records.{property.Name} is {JsonKinds.Describe(item)}; record ids are integers or strings"));
                        }
                    }

                    rules.Add(new RecordsRule(property.Name, All: false, ids, position));
                    break;
                default:
                    diagnostics.Add(DiagnosticCatalog.WrongType.At(file.PositionOf(property.Value), $"records.{property.Name} is {JsonKinds.Describe(property.Value)}; use \"all\" or a list of record ids"));
                    break;
            }
        }

        return rules;
    }

    private static List<TenantEntry> ReadTenants(ManifestFile file, SpecChecker checker, JObject json, List<Diagnostic> diagnostics)
    {
        var tenants = new List<TenantEntry>();
        foreach (var (tenant, i) in checker.Objects(json, "tenants", "tenant"))
        {
            if (!checker.Check(tenant, TenantSpec, $"tenant {i + 1}"))
            {
                continue;
            }

            var name = (string)tenant["name"]!;
            var repository = (string)tenant["repository"]!;
            var position = file.PositionOf(tenant);
            if (name.Trim().Length == 0 || repository.Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidTenant.At(position, $"tenant {i + 1} needs a non-empty name (such as shop:acme) and a repository (a path relative to xanolink.json or a git URL)"));
                continue;
            }

            if (TenantNames.Problem(name) is { } nameProblem)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidTenant.At(file.PositionOf(tenant["name"]), $"the name of tenant {i + 1} (\"{PrintableText.Of(name)}\") is not allowed: {nameProblem}; use visible characters, such as shop:acme"));
                continue;
            }

            if (TenantAddress.Problem(repository) is { } addressProblem)
            {
                diagnostics.Add(DiagnosticCatalog.TenantRepositoryNotAllowed.At(file.PositionOf(tenant["repository"]), $"the repository of tenant '{name}' (\"{PrintableText.Of(repository)}\") is not allowed: {addressProblem}; use {TenantAddress.Allowed}"));
                continue;
            }

            if (tenants.FirstOrDefault(t => t.Name == name) is { } first)
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateTenant.At(file.PositionOf(tenant["name"]), $"tenant '{name}' is listed twice (first on line {first.Position.Line}); tenant names must be unique"));
                continue;
            }

            tenants.Add(new TenantEntry(name, repository, position));
        }

        return tenants;
    }

    private static PublishDefaults ReadPublish(ManifestFile file, SpecChecker checker, JObject? publish, List<Diagnostic> diagnostics)
    {
        if (publish is null)
        {
            return PublishDefaults.Default;
        }

        checker.Check(publish, PublishSpec, "publish");
        var branch = publish["branch"] is JValue { Type: JTokenType.String } b ? (string)b! : PublishDefaults.DefaultBranch;
        if (BranchTemplate.Problem(branch) is { } problem)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidBranchTemplate.At(file.PositionOf(publish["branch"]), $"the branch template \"{branch}\" cannot make a valid Git branch name: {problem}; for example use \"{PublishDefaults.DefaultBranch}\""));
            branch = PublishDefaults.DefaultBranch;
        }

        return new PublishDefaults(
            branch,
            publish["merge"] is JValue { Type: JTokenType.Boolean } m && (bool)m,
            publish["setLive"] is JValue { Type: JTokenType.Boolean } s && (bool)s);
    }
}
