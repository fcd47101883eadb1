package org.openline.android.ui.blocks

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowForward
import androidx.compose.material.icons.automirrored.filled.KeyboardArrowRight
import androidx.compose.material.icons.automirrored.filled.Send
import androidx.compose.material.icons.filled.Call
import androidx.compose.material.icons.filled.Check
import androidx.compose.material.icons.filled.CheckCircle
import androidx.compose.material.icons.filled.Favorite
import androidx.compose.material.icons.filled.FavoriteBorder
import androidx.compose.material.icons.filled.Refresh
import androidx.compose.material.icons.filled.Share
import androidx.compose.material3.Button
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.Icon
import androidx.compose.material3.ListItem
import androidx.compose.material3.ListItemDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.openline.core.Action
import org.openline.core.ActionItem
import org.openline.core.Block
import org.openline.core.ChoiceOption
import org.openline.core.Emphasis
import org.openline.core.Event
import org.openline.core.LinkItem

/**
 * Buttons that do something. The screen's main control is large and filled; ordinary buttons
 * are filled for calls and tonal otherwise; quiet rows are outlined, so they sit back.
 */
@Composable
fun ActionsBlock(block: Block.Actions, onAction: (Action) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier = modifier, verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (item in block.items) ActionButton(item, onAction, emphasis = block.emphasis)
    }
}

/**
 * A full-width button: the label, then the detail (the number, who it is for). No fixed
 * height, so it grows with large text; never below the 48 dp touch target.
 */
@Composable
fun ActionButton(
    item: ActionItem,
    onAction: (Action) -> Unit,
    modifier: Modifier = Modifier,
    emphasis: Emphasis = Emphasis.NORMAL,
) {
    val content: @Composable () -> Unit = {
        Row(modifier = Modifier.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically) {
            actionIcon(item.action)?.let { icon ->
                Icon(icon, contentDescription = null)
                Spacer(Modifier.width(12.dp))
            }
            Column(modifier = Modifier.weight(1f)) {
                val words = if (emphasis == Emphasis.MAIN) MaterialTheme.typography.titleLarge else MaterialTheme.typography.titleSmall
                Text(item.label, style = words)
                item.detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            }
        }
    }
    val sized = modifier.fillMaxWidth().heightIn(min = if (emphasis == Emphasis.MAIN) 72.dp else 56.dp)
    Column {
        when {
            emphasis == Emphasis.MAIN -> Button(onClick = { onAction(item.action) }, modifier = sized) { content() }
            emphasis == Emphasis.QUIET -> OutlinedButton(onClick = { onAction(item.action) }, modifier = sized) { content() }
            item.action is Action.Call -> Button(onClick = { onAction(item.action) }, modifier = sized) { content() }
            else -> FilledTonalButton(onClick = { onAction(item.action) }, modifier = sized) { content() }
        }
        SourceRefs(item.sources, Modifier.padding(start = 16.dp, top = 2.dp))
    }
}

/** The icon beside a button: what tapping it will do. Decorative; the label says it in words. */
internal fun actionIcon(action: Action): ImageVector? = when (action) {
    is Action.Navigate -> Icons.AutoMirrored.Filled.KeyboardArrowRight
    is Action.OpenUrl -> Icons.AutoMirrored.Filled.ArrowForward
    is Action.Call -> Icons.Filled.Call
    is Action.SendText -> Icons.AutoMirrored.Filled.Send
    is Action.Copy -> null
    is Action.Share -> Icons.Filled.Share
    is Action.Apply -> eventIcon(action.event)
}

private fun eventIcon(event: Event): ImageVector? = when (event) {
    is Event.SaveStarter -> Icons.Filled.FavoriteBorder
    is Event.UnsaveStarter -> Icons.Filled.Favorite
    is Event.MarkTalked -> Icons.Filled.Check
    is Event.UnmarkTalked -> Icons.Filled.CheckCircle
    is Event.ResetSteps -> Icons.Filled.Refresh
    else -> null
}

/** Rows that open other screens. */
@Composable
fun LinksBlock(block: Block.Links, onAction: (Action) -> Unit, modifier: Modifier = Modifier) {
    Surface(modifier = modifier, shape = MaterialTheme.shapes.large, color = MaterialTheme.colorScheme.surfaceContainerLow) {
        Column {
            block.items.forEachIndexed { index, item ->
                if (index > 0) HorizontalDivider()
                LinkRow(item, onAction)
            }
        }
    }
}

@Composable
private fun LinkRow(item: LinkItem, onAction: (Action) -> Unit) {
    val detail = item.detail
    ListItem(
        headlineContent = { Text(item.label, style = MaterialTheme.typography.titleMedium) },
        supportingContent = if (detail != null) {
            { Text(detail) }
        } else {
            null
        },
        trailingContent = { Icon(Icons.AutoMirrored.Filled.KeyboardArrowRight, contentDescription = null) },
        colors = ListItemDefaults.colors(containerColor = Color.Transparent),
        modifier = Modifier
            .heightIn(min = 48.dp)
            .clickable(role = Role.Button) { onAction(Action.Navigate(item.route, replace = false)) },
    )
}

/** A single choice, such as the region: radio buttons that TalkBack reads as a group. */
@Composable
fun ChoiceBlock(block: Block.Choice, onAction: (Action) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier = modifier) {
        Text(
            text = block.label,
            style = MaterialTheme.typography.titleMedium,
            modifier = Modifier.padding(bottom = 4.dp).semantics { heading() },
        )
        Column(modifier = Modifier.selectableGroup()) {
            for (option in block.options) ChoiceRow(option, onAction)
        }
    }
}

@Composable
private fun ChoiceRow(option: ChoiceOption, onAction: (Action) -> Unit) {
    Row(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = 48.dp)
            .selectable(
                selected = option.selected,
                role = Role.RadioButton,
                onClick = { if (!option.selected) onAction(option.action) },
            )
            .padding(horizontal = 8.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        RadioButton(selected = option.selected, onClick = null)
        Text(option.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 12.dp))
    }
}
