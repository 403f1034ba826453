using System.Collections.Frozen;
using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>One call's Customer Profiles and Cases: the instance model's records plus the scenario's seed (a seeded record replaces a
/// modelled one with the same id), read and written by the profile and case actions. Copy-on-write over immutable lists, so a call never
/// changes the model, and a fork of the contact (lint walk, exploration) gets its own copy for the price of three references.</summary>
internal sealed class CustomerDataStore
{
    /// <summary>The domain name in profile ARNs when the instance model has no <c>customerProfiles:</c> (a stub, or only seeded records).</summary>
    public const string LocalDomain = "dcc-local-domain";

    // Customer Profiles' predefined search keys (API SearchProfiles: "_account, _profileId, _phone, _email, _fullName, ...") and the
    // standard fields each one searches. Any other IdentifierName is a field name or custom key, matched against the field of that name.
    private static readonly FrozenDictionary<string, string[]> SearchKeys = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["_phone"] = ["PhoneNumber", "MobilePhoneNumber", "HomePhoneNumber", "BusinessPhoneNumber"],
        ["_email"] = ["EmailAddress", "PersonalEmailAddress", "BusinessEmailAddress"],
        ["_account"] = ["AccountNumber"],
        ["_profileId"] = ["ProfileId"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] NameFields = ["FirstName", "MiddleName", "LastName"];

    private readonly InstanceModel _instance;
    private ImmutableList<CustomerProfile> _profiles;
    private ImmutableList<CustomerCase> _cases;
    private ImmutableList<string> _writtenProfiles = [];
    private ImmutableList<string> _writtenCases = [];
    private int _created;
    private ImmutableList<ProfileAssociation> _associations = [];

    public CustomerDataStore(InstanceModel instance, CustomerDataModel seed)
    {
        _instance = instance;
        var model = instance.CustomerData;
        _profiles = [.. model.Profiles.Where(p => !seed.Profiles.Any(s => s.ProfileId == p.ProfileId)), .. seed.Profiles];
        _cases = [.. model.Cases.Where(k => !seed.Cases.Any(s => s.CaseId == k.CaseId)), .. seed.Cases];
        ProfilesModelled = model.ProfileDomain is not null || !seed.Profiles.IsEmpty;
        CasesModelled = model.HasCases || !seed.Cases.IsEmpty;
    }

    private CustomerDataStore(CustomerDataStore source)
    {
        _instance = source._instance;
        _profiles = source._profiles;
        _cases = source._cases;
        _writtenProfiles = source._writtenProfiles;
        _writtenCases = source._writtenCases;
        _created = source._created;
        _associations = source._associations;
        ProfilesModelled = source.ProfilesModelled;
        CasesModelled = source.CasesModelled;
        ProfileStubReported = source.ProfileStubReported;
        CaseStubReported = source.CaseStubReported;
    }

    /// <summary>True when the instance model has a Customer Profiles domain or the call seeds profiles.</summary>
    public bool ProfilesModelled { get; }

    /// <summary>True when the instance model has a Cases section or the call seeds cases.</summary>
    public bool CasesModelled { get; }

    /// <summary>The stub-domain warning was given for profiles in this call (it is given once, not at every action).</summary>
    public bool ProfileStubReported { get; set; }

    /// <summary>The stub-domain warning was given for cases in this call.</summary>
    public bool CaseStubReported { get; set; }

    /// <summary>The case templates of the instance model (empty for the stub domain: any template id is accepted there).</summary>
    public ImmutableArray<CaseTemplate> Templates => _instance.CustomerData.CaseTemplates;

    /// <summary>The profiles the call created or updated, as they are now, in the order first written.</summary>
    public ImmutableArray<CustomerProfile> WrittenProfiles => [.. _writtenProfiles.Select(id => _profiles.Find(p => p.ProfileId == id)!)];

    /// <summary>The cases the call created or updated, as they are now, in the order first written.</summary>
    public ImmutableArray<CustomerCase> WrittenCases => [.. _writtenCases.Select(id => _cases.Find(k => k.CaseId == id)!)];

    /// <summary>The contacts the call associated with profiles (AssociateContactToCustomerProfile), in order.</summary>
    public ImmutableArray<ProfileAssociation> Associations => [.. _associations];

    public CustomerDataStore Fork() => new(this);

    /// <summary>The profile's ARN as Connect writes it to <c>$.Customer.ProfileARN</c> and Cases wants it in <c>customer_id</c>.</summary>
    public string ProfileArn(CustomerProfile profile)
    {
        var parts = _instance.InstanceArn.Split(':');
        var account = parts.Length > 4 ? parts[4] : "000000000000";
        return $"arn:aws:profile:{_instance.Region}:{account}:domains/{_instance.CustomerData.ProfileDomain ?? LocalDomain}/profiles/{profile.ProfileId}";
    }

    /// <summary>The profiles matching every criterion (<paramref name="all"/>, LogicalOperator AND) or any of them (OR).</summary>
    public ImmutableArray<CustomerProfile> Search(IReadOnlyList<(string Name, string Value)> criteria, bool all) =>
        [.. _profiles.Where(p => all ? criteria.All(k => Matches(p, k.Name, k.Value)) : criteria.Any(k => Matches(p, k.Name, k.Value)))];

    public CustomerProfile? FindProfile(string profileId) => _profiles.Find(p => p.ProfileId == profileId);

    public CustomerProfile CreateProfile(IReadOnlyDictionary<string, string> fields)
    {
        var profile = new CustomerProfile(NextId("profile"), fields.Where(f => f.Value.Length > 0).ToImmutableDictionary(StringComparer.Ordinal));
        _profiles = _profiles.Add(profile);
        _writtenProfiles = _writtenProfiles.Add(profile.ProfileId);
        return profile;
    }

    /// <summary>Sets <paramref name="fields"/> on the profile; an empty value removes the field, as the UpdateProfile API does.</summary>
    public CustomerProfile UpdateProfile(CustomerProfile profile, IReadOnlyDictionary<string, string> fields)
    {
        var updated = profile with { Fields = Apply(profile.Fields, fields) };
        _profiles = _profiles.Replace(profile, updated);
        if (!_writtenProfiles.Contains(profile.ProfileId)) _writtenProfiles = _writtenProfiles.Add(profile.ProfileId);
        return updated;
    }

    /// <summary>Associates <paramref name="contactId"/> with <paramref name="profile"/> (the AddProfileKey the action stands for); associating
    /// the same pair twice keeps one record, as adding an existing key does.</summary>
    public ProfileAssociation AssociateContact(CustomerProfile profile, string contactId)
    {
        var association = new ProfileAssociation(profile.ProfileId, contactId);
        if (!_associations.Contains(association)) _associations = _associations.Add(association);
        return association;
    }

    /// <summary>The cases of <paramref name="customerId"/> (a profile ARN or id) whose fields equal every one of <paramref name="filters"/>,
    /// least recently written first.</summary>
    public ImmutableArray<CustomerCase> FindCases(string customerId, IReadOnlyDictionary<string, string> filters) =>
        [.. _cases.Where(k => SameCustomer(k.Get(CustomerCase.CustomerField), customerId) && filters.All(f => k.Get(f.Key) == f.Value))];

    public CustomerCase? FindCase(string caseId) => _cases.Find(k => k.CaseId == caseId);

    public CustomerCase CreateCase(string templateId, IReadOnlyDictionary<string, string> fields)
    {
        var created = new CustomerCase(NextId("case"), templateId, fields.Where(f => f.Value.Length > 0).ToImmutableDictionary(StringComparer.Ordinal));
        _cases = _cases.Add(created);
        _writtenCases = _writtenCases.Add(created.CaseId);
        return created;
    }

    /// <summary>Sets <paramref name="fields"/> on the case (an empty value clears the field). The case becomes the most recently updated
    /// (GetLastUpdatedCase), so it moves to the end of the list.</summary>
    public CustomerCase UpdateCase(CustomerCase existing, IReadOnlyDictionary<string, string> fields)
    {
        var updated = existing with { Fields = Apply(existing.Fields, fields) };
        _cases = _cases.Remove(existing).Add(updated);
        if (!_writtenCases.Contains(existing.CaseId)) _writtenCases = _writtenCases.Add(existing.CaseId);
        return updated;
    }

    private static ImmutableDictionary<string, string> Apply(ImmutableDictionary<string, string> fields, IReadOnlyDictionary<string, string> changes)
    {
        var builder = fields.ToBuilder();
        foreach (var (key, value) in changes)
        {
            if (value.Length == 0) builder.Remove(key);
            else builder[key] = value;
        }

        return builder.ToImmutable();
    }

    // Ids of records a call creates: readable and repeatable (dcc-profile-1, dcc-case-1), never one of the model's or the seed's.
    private string NextId(string kind)
    {
        string id;
        do id = $"dcc-{kind}-{++_created}";
        while (_profiles.Exists(p => p.ProfileId == id) || _cases.Exists(k => k.CaseId == id));
        return id;
    }

    private static bool Matches(CustomerProfile profile, string name, string value)
    {
        if (SearchKeys.TryGetValue(name, out var fields)) return fields.Any(f => profile.Get(f) == value);
        if (name == "_fullName") return string.Join(' ', NameFields.Select(profile.Get).OfType<string>()) == value;
        return profile.Get(name) == value;
    }

    // Cases keep the profile ARN in customer_id; a flow may search by the ARN ($.Customer.ProfileARN) or by the bare profile id.
    private static bool SameCustomer(string? stored, string wanted) =>
        stored is not null && (stored == wanted || ProfileIdOf(stored) == ProfileIdOf(wanted));

    private static string ProfileIdOf(string customerId) =>
        customerId.LastIndexOf("/profiles/", StringComparison.Ordinal) is var at and >= 0 ? customerId[(at + "/profiles/".Length)..] : customerId;
}
