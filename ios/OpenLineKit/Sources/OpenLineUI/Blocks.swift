import SwiftUI
import OpenLineCore

/// Carries out an action tapped on a screen; `ScreenHost.perform(_:)` is the one in use.
typealias PerformAction = @MainActor (Action) -> Void

/// One block of a screen. One view per kind of block; every kind is handled, with no
/// `default`, so a new kind in the core fails the build here (and tests/shells/ios-check.sh).
struct BlockView: View {
    let block: Block
    let perform: PerformAction

    var body: some View {
        switch block {
        case .heading(let text):
            HeadingBlock(text: text)
        case .paragraph(let text):
            ParagraphBlock(text: text)
        case .callout(let tone, let title, let text):
            CalloutBlock(tone: tone, title: title, text: text)
        case .steps(let items):
            StepsBlock(items: items, perform: perform)
        case .actions(let items, let emphasis):
            ActionsBlock(items: items, emphasis: emphasis, perform: perform)
        case .links(let items):
            LinksBlock(items: items, perform: perform)
        case .cards(let items):
            CardsBlock(items: items, perform: perform)
        case .bullets(let items):
            BulletsBlock(items: items)
        case .choice(let label, let options):
            ChoiceBlock(label: label, options: options, perform: perform)
        case .sources(let title, let items):
            SourcesBlock(title: title, items: items)
        }
    }
}

/// A section heading, announced as a heading by VoiceOver.
struct HeadingBlock: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.title2.weight(.semibold))
            .fixedSize(horizontal: false, vertical: true)
            .padding(.top, 8)
            .accessibilityAddTraits(.isHeader)
    }
}

/// A paragraph of plain text.
struct ParagraphBlock: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.body)
            .fixedSize(horizontal: false, vertical: true)
    }
}

/// A highlighted message: reassurance, information, caution or danger.
struct CalloutBlock: View {
    let tone: Tone
    let title: String
    let text: String

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            HStack(alignment: .firstTextBaseline, spacing: 10) {
                Image(systemName: tone.symbol)
                    .foregroundStyle(tone.color)
                    .accessibilityHidden(true)
                Text(title)
                    .font(.headline)
                    .fixedSize(horizontal: false, vertical: true)
                    .accessibilityAddTraits(.isHeader)
            }
            Text(text)
                .font(.body)
                .fixedSize(horizontal: false, vertical: true)
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(tone.color.opacity(0.14), in: RoundedRectangle(cornerRadius: 14))
        .overlay {
            RoundedRectangle(cornerRadius: 14)
                .strokeBorder(tone.color.opacity(0.7), lineWidth: tone.borderWidth)
        }
    }
}

extension Tone {
    /// System colours, which adapt to dark mode and Increase Contrast.
    var color: Color {
        switch self {
        case .reassure:
            return .green
        case .info:
            return .blue
        case .caution:
            return .orange
        case .urgent:
            return .red
        }
    }

    var symbol: String {
        switch self {
        case .reassure:
            return "heart.fill"
        case .info:
            return "info.circle.fill"
        case .caution:
            return "exclamationmark.triangle.fill"
        case .urgent:
            return "exclamationmark.octagon.fill"
        }
    }

    /// Danger gets a heavier frame, so it stands out without relying on colour.
    var borderWidth: CGFloat {
        switch self {
        case .reassure, .info, .caution:
            return 1
        case .urgent:
            return 3
        }
    }
}

/// The ordered plan: each step can be ticked, and VoiceOver says whether it is done.
struct StepsBlock: View {
    let items: [StepItem]
    let perform: PerformAction

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            ForEach(items, id: \.id) { (item: StepItem) in
                StepRow(item: item, perform: perform)
            }
        }
    }
}

struct StepRow: View {
    let item: StepItem
    let perform: PerformAction

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Button {
                perform(item.toggle)
            } label: {
                HStack(alignment: .firstTextBaseline, spacing: 12) {
                    Image(systemName: item.done ? "checkmark.circle.fill" : "circle")
                        .font(.title2)
                        .foregroundStyle(item.done ? Color.green : Color.secondary)
                        .accessibilityHidden(true)
                    Text(verbatim: "\(item.number). \(item.title)")
                        .font(.headline)
                        .foregroundStyle(Color.primary)
                        .fixedSize(horizontal: false, vertical: true)
                    Spacer(minLength: 0)
                }
                .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityValue(item.done ? Text("Done") : Text("Not done"))
            .accessibilityAddTraits(item.done ? .isSelected : [])
            Text(item.body)
                .font(.body)
                .foregroundStyle(.secondary)
                .fixedSize(horizontal: false, vertical: true)
            if let action = item.action {
                ActionButton(item: action, perform: perform)
            }
            SourceMarks(ids: item.sources)
        }
    }
}

/// Buttons that call, text, open a page, copy, share or record something.
struct ActionsBlock: View {
    let items: [ActionItem]
    let emphasis: Emphasis
    let perform: PerformAction

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            ForEach(items, id: \.self) { (item: ActionItem) in
                ActionButton(item: item, emphasis: emphasis, perform: perform)
                SourceMarks(ids: item.sources)
            }
        }
    }
}

/// One button. Sharing needs a `ShareLink`; everything else is a plain button.
struct ActionButton: View {
    let item: ActionItem
    var emphasis: Emphasis = .normal
    let perform: PerformAction

    var body: some View {
        let effect = ActionMapping.effect(of: item.action)
        switch effect {
        case .share(let text):
            ShareLink(item: text) {
                ActionLabel(label: item.label, detail: item.detail, systemImage: effect.systemImage, emphasis: emphasis)
            }
            .buttonStyle(.plain)
        case .unavailable:
            ActionLabel(label: item.label, detail: item.detail, systemImage: nil, emphasis: emphasis)
                .opacity(0.5)
                .accessibilityAddTraits(.isStaticText)
        default:
            Button {
                perform(item.action)
            } label: {
                ActionLabel(label: item.label, detail: item.detail, systemImage: effect.systemImage, emphasis: emphasis)
            }
            .buttonStyle(.plain)
        }
    }
}

/// A button's look: its words, a second line, and an icon for what it does.
struct ActionLabel: View {
    let label: String
    let detail: String?
    let systemImage: String?
    var emphasis: Emphasis = .normal
    @Environment(\.dynamicTypeSize) private var typeSize

    /// The main control is solid and larger; quiet rows sit back in grey.
    private var fill: Color {
        switch emphasis {
        case .main: return Color.accentColor
        case .normal: return Color.accentColor.opacity(0.14)
        case .quiet: return Color.secondary.opacity(0.12)
        }
    }

    var body: some View {
        HStack(alignment: .center, spacing: 12) {
            // At accessibility sizes the words need the width more than the icon does.
            if let systemImage, !typeSize.isAccessibilitySize {
                Image(systemName: systemImage)
                    .font(.title3)
                    .frame(minWidth: 28)
                    .accessibilityHidden(true)
            }
            VStack(alignment: .leading, spacing: 2) {
                Text(label)
                    .font(emphasis == .main ? .title3.weight(.bold) : .headline)
                    .fixedSize(horizontal: false, vertical: true)
                if let detail {
                    Text(detail)
                        .font(.subheadline)
                        .foregroundStyle(emphasis == .main ? Color.white : Color.secondary)
                        .fixedSize(horizontal: false, vertical: true)
                }
            }
            Spacer(minLength: 0)
        }
        .foregroundStyle(emphasis == .main ? Color.white : Color.primary)
        .padding(.horizontal, 14)
        .padding(.vertical, emphasis == .main ? 16 : 10)
        .frame(maxWidth: .infinity, minHeight: emphasis == .main ? 64 : 44, alignment: .leading)
        .background(fill, in: RoundedRectangle(cornerRadius: 12))
        .contentShape(Rectangle())
    }
}

/// Rows that open other screens.
struct LinksBlock: View {
    let items: [LinkItem]
    let perform: PerformAction

    var body: some View {
        VStack(alignment: .leading, spacing: 0) {
            ForEach(items, id: \.self) { (item: LinkItem) in
                Button {
                    perform(Action.navigate(route: item.route, replace: false))
                } label: {
                    HStack(spacing: 12) {
                        VStack(alignment: .leading, spacing: 2) {
                            Text(item.label)
                                .font(.headline)
                                .fixedSize(horizontal: false, vertical: true)
                            if let detail = item.detail {
                                Text(detail)
                                    .font(.subheadline)
                                    .foregroundStyle(.secondary)
                                    .fixedSize(horizontal: false, vertical: true)
                            }
                        }
                        Spacer(minLength: 0)
                        Image(systemName: "chevron.right")
                            .font(.footnote.weight(.semibold))
                            .foregroundStyle(.tertiary)
                            .accessibilityHidden(true)
                    }
                    .foregroundStyle(Color.primary)
                    .padding(.vertical, 12)
                    .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                    .contentShape(Rectangle())
                }
                .buttonStyle(.plain)
                Divider()
            }
        }
    }
}

/// Conversation starter cards.
struct CardsBlock: View {
    let items: [Card]
    let perform: PerformAction

    var body: some View {
        // Lazy: the parent screen holds some seventy cards.
        LazyVStack(alignment: .leading, spacing: 16) {
            ForEach(items, id: \.id) { (card: Card) in
                CardView(card: card, perform: perform)
            }
        }
    }
}

struct CardView: View {
    let card: Card
    let perform: PerformAction
    @Environment(\.screenRoute) private var screenRoute

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            opener
            if !card.followups.isEmpty {
                VStack(alignment: .leading, spacing: 6) {
                    CardPartLabel(text: card.followupsLabel)
                    ForEach(card.followups, id: \.self) { (followup: String) in
                        BulletRow(text: followup)
                    }
                }
            }
            VStack(alignment: .leading, spacing: 4) {
                HStack(alignment: .firstTextBaseline, spacing: 8) {
                    Image(systemName: "exclamationmark.bubble")
                        .foregroundStyle(.orange)
                        .accessibilityHidden(true)
                    CardPartLabel(text: card.worryLabel)
                }
                Text(card.worry)
                    .font(.callout)
                    .fixedSize(horizontal: false, vertical: true)
            }
            .accessibilityElement(children: .combine)
            if !card.tags.isEmpty {
                Text(card.tags.joined(separator: " · "))
                    .font(.footnote)
                    .foregroundStyle(.secondary)
                    .fixedSize(horizontal: false, vertical: true)
            }
            // Saved and talked-about state is in the action labels the core writes.
            ForEach(card.actions, id: \.self) { (item: ActionItem) in
                ActionButton(item: item, perform: perform)
            }
            SourceMarks(ids: card.sources)
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color(uiColor: .secondarySystemBackground), in: RoundedRectangle(cornerRadius: 16))
    }

    /// The opening question, as the card's heading. Elsewhere than the starter's own screen it
    /// opens that screen.
    @ViewBuilder private var opener: some View {
        let heading = Text(card.opener)
            .font(.headline)
            .fixedSize(horizontal: false, vertical: true)
        if card.route == screenRoute {
            heading
                .accessibilityAddTraits(.isHeader)
        } else {
            Button {
                perform(Action.navigate(route: card.route, replace: false))
            } label: {
                HStack(alignment: .firstTextBaseline, spacing: 12) {
                    heading
                    Spacer(minLength: 0)
                    Image(systemName: "chevron.right")
                        .font(.footnote.weight(.semibold))
                        .foregroundStyle(.tertiary)
                        .accessibilityHidden(true)
                }
                .foregroundStyle(Color.primary)
                .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityAddTraits(.isHeader)
        }
    }
}

/// The heading over one part of a card, such as its follow-ups: the core's words.
struct CardPartLabel: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.subheadline.weight(.semibold))
            .foregroundStyle(.secondary)
            .fixedSize(horizontal: false, vertical: true)
    }
}

/// A bulleted list of points.
struct BulletsBlock: View {
    let items: [Bullet]

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            ForEach(items, id: \.self) { (bullet: Bullet) in
                VStack(alignment: .leading, spacing: 4) {
                    BulletRow(text: bullet.text)
                    SourceMarks(ids: bullet.sources)
                }
            }
        }
    }
}

struct BulletRow: View {
    let text: String

    var body: some View {
        HStack(alignment: .firstTextBaseline, spacing: 8) {
            Text(verbatim: "•")
                .accessibilityHidden(true)
            Text(text)
                .font(.body)
                .fixedSize(horizontal: false, vertical: true)
        }
    }
}

/// One choice among options, such as the region; VoiceOver hears which one is selected.
struct ChoiceBlock: View {
    let label: String
    let options: [ChoiceOption]
    let perform: PerformAction

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(label)
                .font(.headline)
                .accessibilityAddTraits(.isHeader)
            ForEach(options, id: \.self) { (option: ChoiceOption) in
                Button {
                    perform(option.action)
                } label: {
                    HStack(spacing: 12) {
                        Image(systemName: option.selected ? "checkmark.circle.fill" : "circle")
                            .foregroundStyle(option.selected ? Color.accentColor : Color.secondary)
                            .accessibilityHidden(true)
                        Text(option.label)
                            .font(.body)
                            .foregroundStyle(Color.primary)
                            .fixedSize(horizontal: false, vertical: true)
                        Spacer(minLength: 0)
                    }
                    .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                    .contentShape(Rectangle())
                }
                .buttonStyle(.plain)
                .accessibilityAddTraits(option.selected ? .isSelected : [])
            }
        }
    }
}

/// The sources behind the facts on the screen, folded away under the core's heading until
/// asked for.
struct SourcesBlock: View {
    let title: String
    let items: [SourceItem]

    var body: some View {
        DisclosureGroup {
            VStack(alignment: .leading, spacing: 10) {
                ForEach(items, id: \.id) { (source: SourceItem) in
                    VStack(alignment: .leading, spacing: 2) {
                        Text(verbatim: "[\(source.id)] \(source.citation)")
                            .font(.footnote)
                            .fixedSize(horizontal: false, vertical: true)
                            .textSelection(.enabled)
                        if let reviewed = source.reviewed {
                            Text(reviewed)
                                .font(.footnote)
                                .foregroundStyle(.secondary)
                        }
                    }
                    .accessibilityElement(children: .combine)
                }
            }
            .padding(.top, 8)
        } label: {
            Text(title)
                .font(.headline)
                .frame(minHeight: 44)
        }
    }
}

/// The ids of the sources behind one fact, as in the sources list: `[2, 35]`. VoiceOver
/// hears the list's heading first ("Sources: 2, 35").
struct SourceMarks: View {
    let ids: [String]
    @Environment(\.sourcesTitle) private var sourcesTitle

    var body: some View {
        if !ids.isEmpty {
            let list = ids.joined(separator: ", ")
            Text(verbatim: "[\(list)]")
                .font(.caption)
                .foregroundStyle(.secondary)
                .accessibilityLabel(Text(verbatim: sourcesTitle.map { (title: String) in "\(title): \(list)" } ?? list))
        }
    }
}

/// What every block of a screen may need to know about the screen: its route (a card on its
/// own screen doesn't link to itself) and the heading of its sources list.
extension EnvironmentValues {
    var screenRoute: String {
        get { self[ScreenRouteKey.self] }
        set { self[ScreenRouteKey.self] = newValue }
    }

    var sourcesTitle: String? {
        get { self[SourcesTitleKey.self] }
        set { self[SourcesTitleKey.self] = newValue }
    }
}

private struct ScreenRouteKey: EnvironmentKey {
    static let defaultValue = ""
}

private struct SourcesTitleKey: EnvironmentKey {
    static let defaultValue: String? = nil
}

extension Screen {
    /// The heading of the screen's sources list, if it has one.
    var sourcesTitle: String? {
        for block in blocks {
            if case .sources(let title, _) = block {
                return title
            }
        }
        return nil
    }
}
