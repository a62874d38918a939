using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git.Publish;
using XanoLink.Merge;

namespace XanoLink.Cli.Commands;

/// <summary>The options publish and plan share, declared once.</summary>
internal sealed class PublishCliOptions
{
    private readonly Option<string?> workspace = CommonOptions.Workspace();
    private readonly Option<string[]> tenants = new("--tenant") { Description = "A tenant to publish to (repeat for more; default: every tenant in xanolink.json).", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> from = new("--from") { Description = "The source ref to publish (default: the source's live branch)." };
    private readonly Option<bool> merge = new("--merge") { Description = "Merge the snapshot into the tenant's live branch (default: publish.merge of xanolink.json)." };
    private readonly Option<bool> noMerge = new("--no-merge") { Description = "Do not merge, whatever xanolink.json says." };
    private readonly Option<bool> setLive = new("--set-live") { Description = "Make the new branch the live branch (default: publish.setLive of xanolink.json)." };
    private readonly Option<bool> noSetLive = new("--no-set-live") { Description = "Keep the live branch, whatever xanolink.json says." };
    private readonly Option<string?> branch = new("--branch") { Description = "The new branch's name or template (default: publish.branch of xanolink.json; {source}, {tenant}, {shortSha}, {sha}, {date}, {time})." };
    private readonly Option<string> onConflict = new("--on-conflict") { Description = "A member both sides changed: fail (leave the tenant untouched), source (take the source's), tenant (keep the tenant's).", DefaultValueFactory = _ => "fail" };
    private readonly Option<int?> parallel = new("--parallel") { Description = "Tenants published at once (default: the number of processors)." };
    private readonly Option<string?> shard = new("--shard") { Description = "I/N: only the I-th of N shares of the sorted tenant list (for CI jobs)." };
    private readonly Option<bool> allowDataLoss = new("--allow-data-loss") { Description = "Publish even where tenant records would be lost (deleted records, a deleted table or field that holds them); refused otherwise." };
    private readonly Option<string?> planFile = new("--plan") { Description = "Apply exactly this reviewed plan (made by 'xanolink plan --out FILE'): its source commit, settings and tenants; a tenant that moved since is refused (XL4023)." };
    private readonly Option<string?> outFile = new("--out") { Description = "Also write the plan, as JSON, to this file: what 'xanolink publish --plan FILE' applies." };
    private readonly Option<bool> dryRun = new("--dry-run") { Description = "Write nothing; show what would happen (as xanolink plan)." };
    private readonly Option<int> lockTimeout = new("--lock-timeout") { Description = "Seconds to wait for another publish to the same tenant.", DefaultValueFactory = _ => 60 };
    private readonly Option<string> format;
    private readonly bool publishOnly;

    public PublishCliOptions(bool withPublishOnly)
    {
        publishOnly = withPublishOnly;
        onConflict.AcceptOnlyFromAmong("fail", "source", "tenant");
        format = withPublishOnly ? CommonOptions.Format("text", "json") : CommonOptions.Format("text", "json", "markdown");
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { workspace, tenants, from, merge, noMerge, onConflict, allowDataLoss, branch, setLive, noSetLive, parallel, shard, format })
        {
            if (publishOnly || (option != setLive && option != noSetLive))
            {
                command.Options.Add(option);
            }
        }

        if (publishOnly)
        {
            command.Options.Add(dryRun);
            command.Options.Add(lockTimeout);
            command.Options.Add(planFile);
        }
        else
        {
            command.Options.Add(setLive);
            command.Options.Add(noSetLive);
            command.Options.Add(outFile);
        }
    }

    public PublishOptions Read(ParseResult parse, string currentDirectory)
    {
        if (publishOnly && parse.GetValue(planFile) is not null)
        {
            var pinned = new Option[] { tenants, from, merge, noMerge, setLive, noSetLive, branch, allowDataLoss, dryRun }
                .Where(o => parse.GetResult(o) is { Implicit: false })
                .Select(o => o.Name)
                .ToArray();
            if (pinned.Length > 0 || parse.GetResult(onConflict) is { Implicit: false })
            {
                throw new UsageException($"--plan applies the plan as reviewed: its source commit, tenants and settings; leave out {string.Join(", ", pinned.Append(parse.GetResult(onConflict) is { Implicit: false } ? "--on-conflict" : "").Where(n => n.Length > 0))}");
            }
        }

        if (parse.GetValue(merge) && parse.GetValue(noMerge))
        {
            throw new UsageException("--merge and --no-merge contradict each other; pass one");
        }

        if (parse.GetValue(setLive) && parse.GetValue(noSetLive))
        {
            throw new UsageException("--set-live and --no-set-live contradict each other; pass one");
        }

        var count = parse.GetValue(parallel) ?? Environment.ProcessorCount;
        if (count < 1)
        {
            throw new UsageException($"--parallel {count}: give at least 1");
        }

        var timeout = publishOnly ? parse.GetValue(lockTimeout) : 60;
        if (timeout < 0)
        {
            throw new UsageException($"--lock-timeout {timeout}: give seconds, 0 or more");
        }

        return new PublishOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), currentDirectory),
            parse.GetValue(tenants) ?? [],
            parse.GetValue(from),
            parse.GetValue(merge) ? true : parse.GetValue(noMerge) ? false : null,
            parse.GetValue(setLive) ? true : parse.GetValue(noSetLive) ? false : null,
            parse.GetValue(branch),
            parse.GetValue(onConflict)!,
            count,
            parse.GetValue(shard),
            publishOnly && parse.GetValue(dryRun),
            timeout,
            parse.GetValue(format)!,
            parse.GetValue(allowDataLoss))
        {
            PlanFile = publishOnly ? Full(parse.GetValue(planFile), currentDirectory) : null,
            OutFile = publishOnly ? null : Full(parse.GetValue(outFile), currentDirectory),
        };
    }

    /// <summary>An unknown tenant or bad --branch is a usage error (exit 2); a source that cannot be published exits 1.</summary>
    public static int Guard(CliConsole console, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (UnknownTenantException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (InvalidPlanException ex)
        {
            throw new UsageException($"{ex.Code}: {ex.Message}");
        }
        catch (PublishException ex)
        {
            console.Error.WriteLine($"xanolink: {ex.Message}");
            return 1;
        }
    }

    private static string? Full(string? path, string currentDirectory) => path is null ? null : Path.GetFullPath(path, currentDirectory);

    public static PublishRequest Request(PublishOptions options)
    {
        Shard? shard = null;
        if (options.Shard is { } text)
        {
            shard = Shard.Parse(text, out var problem) ?? throw new UsageException(problem!);
        }

        return new PublishRequest(
            options.Workspace,
            options.From,
            options.Tenants,
            options.Branch,
            options.Merge,
            options.SetLive,
            options.OnConflict switch { "source" => MergePolicy.Theirs, "tenant" => MergePolicy.Ours, _ => MergePolicy.Fail },
            options.Parallel,
            shard,
            options.DryRun,
            TimeSpan.FromSeconds(options.LockTimeoutSeconds),
            options.AllowDataLoss,
            options.PlanFile is { } file ? PublishPlan.Read(file) : null);
    }
}
