using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Cli.Packaging.Tenant;

/// <summary>
/// The per-tenant parts of the template, generated from the routing file (its numbers, languages and queues) and the instance
/// model (the queues' names, capacity and hours): one phone-number parameter per dialed number, one queue-ARN parameter per
/// queue the rows use (or, with <see cref="InstanceResources.Create"/>, the queues and their hours as resources), the
/// DefaultLanguage values, and the seeder's rows. Two numbers or fifty, any languages: the template's text never names them.
/// Each region's text is what replaces a <c># dcc-generated: NAME</c> region of the source template (<see cref="GeneratedRegions"/>).
/// </summary>
internal sealed class TenantTemplate
{
    // The values the template accepts are the routing rules' (RoutingRules.IsE164 / IsQueueArn); TemplateParametersTests holds
    // these patterns to those rules.
    private const string PhonePattern = "\"^\\\\+[1-9][0-9]{7,14}$\"";
    private const string QueueArnPattern = "\"^arn:aws[a-z-]*:connect:[a-z0-9-]+:[0-9]{12}:instance/[A-Za-z0-9-]+/queue/[A-Za-z0-9-]+$\"";

    private TenantTemplate(RoutingData routing, InstanceResources mode, ImmutableArray<TenantLine> lines, ImmutableArray<TenantQueue> queues,
        ImmutableArray<(string Language, string Id, TenantQueue Queue)> languages, DialedNumber? defaultRow)
    {
        Routing = routing;
        Mode = mode;
        Lines = lines;
        Queues = queues;
        Languages = languages;
        DefaultRow = defaultRow;
    }

    /// <summary>The routing file's data.</summary>
    public RoutingData Routing { get; }

    /// <summary>Whether the queues are the team's or the stack's.</summary>
    public InstanceResources Mode { get; }

    /// <summary>The dialed numbers (the <c>default</c> row aside), in file order.</summary>
    public ImmutableArray<TenantLine> Lines { get; }

    /// <summary>The queues the rows use, in order of first use.</summary>
    public ImmutableArray<TenantQueue> Queues { get; }

    /// <summary>Each language of the routing file, its id, and the queue its calls go to when it is the default language.</summary>
    public ImmutableArray<(string Language, string Id, TenantQueue Queue)> Languages { get; }

    private DialedNumber? DefaultRow { get; }

    /// <summary>The tenant's template parts; <paramref name="problems"/> names what <see cref="InstanceResources.Create"/> lacks in the
    /// instance model (a queue the rows use that it does not have, or has without hours).</summary>
    public static TenantTemplate Build(RoutingData routing, InstanceModel instance, InstanceResources mode, out ImmutableArray<string> problems)
    {
        ArgumentNullException.ThrowIfNull(routing);
        ArgumentNullException.ThrowIfNull(instance);
        var queues = new List<TenantQueue>();
        TenantQueue QueueOf(string arn)
        {
            if (queues.Find(q => q.Arn == arn) is { } known) return known;
            var model = instance.Queues.FirstOrDefault(q => q.Arn == arn);
            var id = model is null ? $"Queue{queues.Count + 1}" : TemplateNames.Id(model.Name, "Queue");
            var queue = new TenantQueue(queues.Any(q => q.Id == id) ? $"{id}{queues.Count + 1}" : id, arn, model);
            queues.Add(queue);
            return queue;
        }

        var rows = routing.DialedNumbers.Where(n => n.Number != DialedNumber.DefaultKey).ToList();
        var defaultRow = routing.DialedNumbers.FirstOrDefault(n => n.Number == DialedNumber.DefaultKey);
        var ids = routing.Languages.ToDictionary(l => l.Language, l => TemplateNames.Id(l.Language, "Language"), StringComparer.Ordinal);
        var lines = ImmutableArray.CreateBuilder<TenantLine>();
        foreach (var row in rows)
        {
            var id = ids.GetValueOrDefault(row.Language) ?? TemplateNames.Id(row.Language, "Language");
            var count = lines.Count(l => l.Row.Language == row.Language) + 1;
            lines.Add(new TenantLine(row, count == 1 ? $"{id}PhoneNumber" : $"{id}PhoneNumber{count}", QueueOf(row.Queue)));
        }

        var fallback = defaultRow is not null ? QueueOf(defaultRow.Queue) : lines.Count > 0 ? lines[0].Queue : null;
        var languages = routing.Languages
            .Select(l => (l.Language, ids[l.Language], lines.FirstOrDefault(n => n.Row.Language == l.Language)?.Queue ?? fallback))
            .Where(l => l.Item3 is not null)
            .Select(l => (l.Language, l.Item2, l.Item3!))
            .ToImmutableArray();

        var missing = ImmutableArray.CreateBuilder<string>();
        if (mode == InstanceResources.Create)
        {
            foreach (var queue in queues.Where(q => q.Model?.HoursName is null || instance.FindHours(q.Model.HoursName) is null))
            {
                missing.Add(queue.Model is null
                    ? $"the queue {queue.Arn} of the routing rows is not a queue of the instance model"
                    : $"the instance model's queue {queue.Model.Name} has no hours of operation");
            }
        }

        problems = missing.ToImmutable();
        return new TenantTemplate(routing, mode, lines.ToImmutable(), [.. queues], languages, defaultRow);
    }

    /// <summary>The text of each region, unindented, by region name.</summary>
    public ImmutableDictionary<string, IReadOnlyList<string>> Regions(InstanceModel instance) => new Dictionary<string, IReadOnlyList<string>>
    {
        [GeneratedRegions.LineGroups] = [.. LineGroups()],
        [GeneratedRegions.DefaultLanguage] = [.. DefaultLanguageValues()],
        [GeneratedRegions.LineParameters] = [.. LineParameters()],
        [GeneratedRegions.DefaultConditions] = [.. DefaultConditions()],
        [GeneratedRegions.RoutingRows] = [.. RoutingRows()],
        [GeneratedRegions.InstanceResources] = [.. CreatedResources(instance)],
        [GeneratedRegions.WiredNumbers] = [.. WiredNumbers()],
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private string QueueValue(TenantQueue queue) => Mode == InstanceResources.Create
        ? $"!GetAtt {queue.Resource}.QueueArn"
        : $"!Ref {queue.Parameter}";

    private IEnumerable<string> LineGroups()
    {
        foreach (var (language, _, _) in Languages.Where(l => Lines.Any(n => n.Row.Language == l.Language)))
        {
            yield return $"- Label: {{ default: {TemplateNames.Quote(language + " numbers")} }}";
            yield return $"  Parameters: [{string.Join(", ", Lines.Where(n => n.Row.Language == language).Select(n => n.Parameter))}]";
        }

        if (Mode == InstanceResources.Existing && !Queues.IsEmpty)
        {
            yield return "- Label: { default: Queues }";
            yield return $"  Parameters: [{string.Join(", ", Queues.Select(q => q.Parameter))}]";
        }
    }

    private IEnumerable<string> DefaultLanguageValues()
    {
        var names = Languages.Select(l => l.Language).ToList();
        yield return $"AllowedValues: [{string.Join(", ", names.Select(TemplateNames.Quote))}]";
        yield return $"Default: {TemplateNames.Quote(Routing.DefaultLanguage)}";
        var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
        yield return $"ConstraintDescription: {TemplateNames.Quote($"must be {list} (the languages of the routing data)")}";
    }

    private IEnumerable<string> LineParameters()
    {
        foreach (var line in Lines)
        {
            yield return $"{line.Parameter}:";
            yield return "  Type: String";
            yield return $"  Description: {TemplateNames.Quote($"The claimed phone number of {line.Row.Name} ({line.Row.Language}; {line.Row.Number} in the routing data), in E.164.")}";
            yield return $"  AllowedPattern: {PhonePattern}";
            yield return $"  ConstraintDescription: must be an E.164 phone number, + then 8 to 15 digits without spaces, e.g. {line.Row.Number}";
        }

        if (Mode == InstanceResources.Create)
        {
            yield break;
        }

        foreach (var queue in Queues)
        {
            yield return $"{queue.Parameter}:";
            yield return "  Type: String";
            yield return $"  Description: {TemplateNames.Quote($"The ARN of the existing queue {queue.Model?.Name ?? queue.Id} (Connect console, Routing, Queues, the queue's ARN).")}";
            yield return $"  AllowedPattern: {QueueArnPattern}";
            yield return "  ConstraintDescription: must be an Amazon Connect queue ARN, arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE-ID/queue/QUEUE-ID";
        }
    }

    // The association custom resource's PhoneNumbers: every number the stack has a parameter for, so no number of the routing
    // file is left pointing elsewhere; a routing file without numbers gives an empty list (the resource then touches none).
    private IEnumerable<string> WiredNumbers() => Lines.IsEmpty ? ["[]"] : Lines.Select(l => $"- !Ref {l.Parameter}");

    private IEnumerable<string> DefaultConditions() =>
        Languages.Skip(1).Select(l => $"DefaultIs{l.Id}: !Equals [!Ref DefaultLanguage, {TemplateNames.Quote(l.Language)}]");

    private IEnumerable<string> RoutingRows()
    {
        foreach (var line in Lines)
        {
            yield return $"- Number: !Ref {line.Parameter}";
            yield return $"  Name: {TemplateNames.Quote(line.Row.Name)}";
            yield return $"  Queue: {QueueValue(line.Queue)}";
            yield return $"  Language: {TemplateNames.Quote(line.Row.Language)}";
        }

        if (Languages.IsEmpty)
        {
            yield break;
        }

        // The default row (numbers without a row) goes to the default language's queue: a chain of Fn::If, one per language
        // after the first, which is the last else.
        var queue = QueueValue(Languages[0].Queue);
        foreach (var (_, id, languageQueue) in Languages.Skip(1).Reverse())
        {
            queue = $"!If [DefaultIs{id}, {QueueValue(languageQueue)}, {queue}]";
        }

        yield return "# Calls to any other number of the instance that reach the InitFlow.";
        yield return "- Number: default";
        yield return $"  Name: {TemplateNames.Quote(DefaultRow?.Name ?? "Main line")}";
        yield return $"  Queue: {queue}";
        yield return "  Language: !Ref DefaultLanguage";
    }

    private IEnumerable<string> CreatedResources(InstanceModel instance)
    {
        if (Mode != InstanceResources.Create)
        {
            yield break;
        }

        var hoursIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hours in Queues.Select(q => instance.FindHours(q.Model!.HoursName!)!).Distinct())
        {
            var id = TemplateNames.Id(hours.Name, "Hours") + "Hours";
            hoursIds[hours.Name] = id;
            foreach (var line in HoursOfOperationYaml.Resource(id, hours))
            {
                yield return line;
            }
        }

        foreach (var queue in Queues)
        {
            yield return $"{queue.Resource}:";
            yield return "  Type: AWS::Connect::Queue";
            yield return "  Properties:";
            yield return "    InstanceArn: !Ref ConnectInstanceArn";
            yield return $"    Name: !Sub {TemplateNames.Quote("${AWS::StackName}-" + queue.Model!.Name.Replace("${", "${!", StringComparison.Ordinal))}";
            yield return $"    Description: {TemplateNames.Quote($"{queue.Model.Name}, from config/instance.yaml by dcc package.")}";
            yield return $"    HoursOfOperationArn: !GetAtt {hoursIds[queue.Model.HoursName!]}.HoursOfOperationArn";
            if (queue.Model.MaxContacts is { } max)
            {
                yield return $"    MaxContacts: {max}";
            }
        }
    }
}
