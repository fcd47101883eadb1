package org.openline.android.ui.blocks

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.material3.ElevatedCard
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.openline.core.Action
import org.openline.core.ActionItem
import org.openline.core.Block
import org.openline.core.Card

/** Conversation starters for parents, on the screen at [route]. */
@Composable
fun CardsBlock(block: Block.Cards, route: String, onAction: (Action) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier = modifier, verticalArrangement = Arrangement.spacedBy(12.dp)) {
        for (card in block.items) StarterCard(card, ownScreen = card.route == route, onAction)
    }
}

/**
 * The opening question, its follow-ups, what a worrying answer sounds like, and the card's
 * buttons (save, we talked about this, share). Away from the starter's own screen the opener
 * opens it. Buttons wrap onto new lines with large text.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun StarterCard(card: Card, ownScreen: Boolean, onAction: (Action) -> Unit) {
    ElevatedCard(modifier = Modifier.fillMaxWidth()) {
        Column(modifier = Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            val opens = if (ownScreen) {
                Modifier
            } else {
                Modifier.heightIn(min = 48.dp).clickable(role = Role.Button) { onAction(Action.Navigate(card.route, replace = false)) }
            }
            Text(
                card.opener,
                style = MaterialTheme.typography.titleMedium,
                color = if (ownScreen) Color.Unspecified else MaterialTheme.colorScheme.primary,
                modifier = opens.semantics { heading() },
            )
            if (card.followups.isNotEmpty()) {
                PartLabel(card.followupsLabel)
                for (followup in card.followups) BulletText(followup)
            }
            Surface(shape = MaterialTheme.shapes.small, color = MaterialTheme.colorScheme.secondaryContainer) {
                Column(modifier = Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    PartLabel(card.worryLabel)
                    Text(card.worry, style = MaterialTheme.typography.bodyMedium)
                }
            }
            if (card.tags.isNotEmpty()) {
                Text(
                    card.tags.joinToString(" · "),
                    style = MaterialTheme.typography.labelMedium,
                    color = MaterialTheme.colorScheme.onSurfaceVariant,
                )
            }
            SourceRefs(card.sources)
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                for (item in card.actions) CardButton(item, onAction)
            }
        }
    }
}

/** A small heading over a part of the card, such as the follow-ups. */
@Composable
private fun PartLabel(text: String) {
    Text(text, style = MaterialTheme.typography.labelLarge, modifier = Modifier.semantics { heading() })
}

@Composable
private fun CardButton(item: ActionItem, onAction: (Action) -> Unit) {
    OutlinedButton(onClick = { onAction(item.action) }, modifier = Modifier.heightIn(min = 48.dp)) {
        actionIcon(item.action)?.let {
            Icon(it, contentDescription = null, modifier = Modifier.size(18.dp))
            Spacer(Modifier.size(8.dp))
        }
        Text(item.label)
    }
}
